# Français

## The language itself

language-name = Français
number-group-separator = { "\u202F" }
number-decimal-separator = ,

## Dates

month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
date-medium = { $day } { $month } { $year }
test-count = { $n ->
    [one] { $n } élément
   *[other] { $n } éléments
}


## ——— g0-translate ———

## Languages of posts, translations

lang-en = anglais
lang-fr = français
lang-it = italien
lang-es = espagnol
lang-ru = russe
lang-de = allemand
lang-pt = portugais
lang-nl = néerlandais
translate-written-in = Écrit en { $language }
# $code is the language's code: French says "de l’anglais" but "du russe".
translate-translated-from = { $code ->
    [en] Traduit de l’anglais
    [it] Traduit de l’italien
    [es] Traduit de l’espagnol
    [de] Traduit de l’allemand
   *[other] Traduit du { $language }
}
translate-by-person = traduit par { $name }
translate-by-machine = traduction automatique par { $provider }
translate-provider-openai = un modèle d’IA
translate-button = Traduire
translate-show-original = Afficher l’original
translate-working = Traduction…
translate-unavailable = La traduction n’est pas disponible pour le moment
translate-change-language = Mauvaise langue ?
translate-language-label = Écrit en
translate-language-save = Enregistrer la langue
translate-language-saved = Langue enregistrée.
translate-by-hand-link = Traduire vous-même
translate-loading = Chargement…
translate-page-title = Traduire un message
translate-page-heading = Traduire ce message
translate-page-intro = L’original est en { $language }. Votre traduction est montrée aux lecteurs de cette langue, signée de votre nom, à la place d’une traduction automatique.
translate-page-back = ← Retour au message
translate-page-into = Traduire en
translate-page-choose = Choisissez une langue
translate-page-open = Ouvrir
translate-page-original = Afficher le texte original
translate-page-existing-human = Une traduction de { $name } existe : corrigez-la ci-dessous.
translate-page-existing-machine = Une traduction automatique existe : corrigez-la ci-dessous et elle devient la vôtre.
translate-page-title-field = Titre traduit
translate-page-body-field = Texte traduit
translate-page-save = Enregistrer la traduction
translate-page-cancel = Annuler
translation-admin-title = Traduction
translation-admin-heading = Traduction automatique
translation-admin-intro = Les lecteurs peuvent traduire les messages écrits dans des langues qu’ils ne lisent pas. Choisissez le service qui les traduit ; les traductions sont conservées, chaque message n’est donc traduit qu’une fois par langue et par modification.
translation-admin-provider = Fournisseur
translation-admin-provider-none = Aucun (seulement les traductions écrites par des personnes)
translation-admin-provider-openai = Point d’accès de chat compatible OpenAI
translation-admin-url = URL du service
translation-admin-url-hint = Par exemple http://localhost:5000 (LibreTranslate), https://api-free.deepl.com (DeepL) ou http://localhost:11434/v1 (compatible OpenAI). Les adresses de cette machine ou d’un réseau privé (localhost, 10.x, 192.168.x) demandent ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sur le serveur.
translation-admin-key = Clé d’API
translation-admin-key-kept = Une clé est enregistrée : laissez vide pour la conserver.
translation-admin-key-none = Aucune clé enregistrée. LibreTranslate peut s’en passer.
translation-admin-forget-key = Supprimer la clé enregistrée
translation-admin-model = Modèle
translation-admin-model-hint = Points d’accès compatibles OpenAI uniquement, par ex. gpt-4o-mini ou llama3.1.
translation-admin-timeout = Délai d’attente (secondes)
translation-admin-timeout-hint = Durée d’attente de chaque tentative, de 1 à 60.
translation-admin-retries = Nouvelles tentatives
translation-admin-retries-hint = Tentatives supplémentaires quand le service est occupé ou en panne, de 0 à 5.
translation-admin-budget-heading = Budget des nouvelles traductions
translation-admin-budget-intro = Une traduction déjà faite est réaffichée gratuitement ; chaque nouvelle traduction est un appel au fournisseur. Au-delà de ces quotas horaires, les lecteurs sont invités à patienter.
translation-admin-budget-member = Par membre, par heure
translation-admin-budget-ip = Par adresse réseau, par heure
translation-admin-budget-global = Pour toute la communauté, par heure
translation-admin-budget-hint = Nouvelles traductions automatiques, un nombre entier de 1 à 1000000.
translation-admin-save = Enregistrer les réglages de traduction
translation-admin-saved = Réglages de traduction enregistrés.
translation-admin-try-heading = Essayer
translation-admin-try = Traduire une phrase d’exemple
translation-admin-try-ok = Le fournisseur a répondu : « { $text } »
translation-admin-try-failed = Le fournisseur n’a pas traduit l’exemple : { $reason }
translation-admin-none-configured = Choisissez d’abord un fournisseur et enregistrez.
translation-admin-sample = Bonjour ! Comment pouvons-nous vous aider aujourd’hui ?
header-admin-translation = Traduction


## ——— g1-thread ———

## Question page (pages/thread.rs)

post-loading = Chargement…
thread-no-answers = Pas encore de réponse
# Heading above the answers of a question.
thread-answers = { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}
# A mark beside the link to the accepted answer.
thread-solved = Résolu
# Link to the accepted answer, below the question.
thread-solution = Solution
# Followed by a link to the original question.
thread-duplicate-banner = Cette question a déjà été posée et a déjà une réponse :
thread-breadcrumb = Fil d’Ariane
thread-deleted = Cette question est supprimée. Seule l’équipe d’assistance peut la voir.
thread-locked = Ce fil est verrouillé : il n’accepte plus de nouvelles réponses ni de commentaires.
thread-pinned = Épinglée
thread-featured = À la une
thread-assigned-to = Attribuée à { $name }
# "Asked", "Active", "Viewed": labels of the question's facts (a date, a date, a count).
thread-asked = Posée
thread-active = Active
thread-viewed = Vue
thread-view-count = { $n ->
    [one] { $n } fois
   *[other] { $n } fois
}
# Bar shown when answers arrived live: "3 new answers — show".
thread-new-answers = { $n ->
    [one] { $n } nouvelle réponse
   *[other] { $n } nouvelles réponses
}
# Button on the bar of live arrivals that shows them.
thread-new-bar-show = afficher
thread-related-questions = Questions similaires

## One post (question or answer) on the question page

post-done-deleted = La publication a été supprimée.
post-done-restored = La publication a été restaurée.
post-done-rolled-back = La publication a été ramenée à une version antérieure.
post-done-comment-deleted = Le commentaire a été supprimé.
# After the author's name and before the date: "alice asked 2 hours ago".
post-asked = a demandé
# After the author's name and before the date: "alice answered 2 hours ago".
post-answered = a répondu
# Accessible names of a post.
post-by-question = Question de { $name }
post-by-discussion = Discussion de { $name }
post-by-answer = Réponse de { $name }
# Link to the revision history, followed by the date of the edit.
post-edited = modifié
# After "edited <date>": who edited the post.
post-edited-by = par { $name }
post-deleted = Supprimé
post-hidden = Masqué — seule l’équipe d’assistance peut le voir
post-held = En attente de la vérification d’un modérateur avant d’être visible par les autres
# Shown to moderators after the "waiting for review" notice.
post-held-reason = — retenu : { $reason }
post-edit = Modifier
post-history = Historique
post-delete = Supprimer
post-restore = Restaurer
# Post types, as badges.
post-kind-question = Question
post-kind-discussion = Discussion
post-kind-answer = Réponse
# Tooltip on a member's level: "Level 3 · Helper · 120 reputation".
post-author-level-title = Niveau { $level } · { $name } · { $reputation } de réputation
# Short level badge beside a member's name: "L3 Helper".
post-author-level-short = N{ $level } { $name }
post-avatar-alt = Avatar de { $name }

## Answers

answer-accepted-status = La réponse est acceptée.
answer-acceptance-taken-back = L’acceptation a été retirée.
answer-verify-saved = Enregistré.
answer-accepted = Réponse acceptée
# After "Accepted answer": who accepted it.
answer-accepted-by = — acceptée par { $name }
answer-verified = Vérifiée par l’assistance
answer-take-back-acceptance = Retirer l’acceptation
answer-accept = Accepter cette réponse
answer-remove-verification = Retirer la vérification
answer-verify = Vérifier
# "Sign in or create an account to answer this question.", built from four pieces (the first and third are links).
answer-signin = Connectez-vous
answer-signin-or = ou
answer-signup = créez un compte
answer-signin-purpose = pour répondre à cette question.
answer-form-heading = Vous connaissez la réponse ? Partagez-la
answer-label = Votre réponse
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
answer-hint = Markdown : **gras**, `code`, ```bloc de code```, listes, liens, tableaux. Au moins 30 caractères.
answer-submit = Publier votre réponse

## Comments

comment-list-question = Commentaires sur cette question
comment-list-answer = Commentaires sur cette réponse
# Opens the comment form.
comment-summary = Commenter
comment-label-question = Commenter cette question
comment-label-answer = Commenter cette réponse
comment-hint = Jusqu’à 600 caractères. Utilisez les commentaires pour demander des précisions ou suggérer des améliorations.
comment-add = Ajouter un commentaire
comment-delete-label = Supprimer le commentaire
comment-delete = Supprimer
comment-hidden = Masqué

## Asking (pages/ask.rs)

ask-title = Poser une question
ask-search-lead = Commencez par quelques mots sur votre problème : quelqu’un l’a peut-être déjà résolu.
ask-search-label = Pour quoi avez-vous besoin d’aide ?
ask-search-submit = Aucune de celles-ci : poser une nouvelle question
ask-lead = Décrivez votre problème de façon à ce que quelqu’un qui n’a jamais vu votre écran puisse vous aider. Cherchez d’abord : il est peut-être déjà résolu.
# "Please follow our community guidelines.", in three pieces (the second is a link).
ask-guidelines-before = Merci de respecter nos
ask-guidelines-link = règles de la communauté
ask-guidelines-after = .
ask-guidelines-intro = Bienvenue ! Avant votre première question
# Legend of the choice between a question and a discussion.
ask-kind = Type
ask-kind-question = Question : vous avez besoin d’une réponse à un problème.
ask-kind-discussion = Discussion : partagez une idée ou lancez une conversation.
ask-category = Catégorie
ask-category-choose = Choisissez une catégorie…
# Tooltip of a category: the post types it accepts ("question, discussion").
ask-category-accepts = Accepte : { $kinds }
ask-kind-name-question = question
ask-kind-name-discussion = discussion
ask-kind-name-answer = réponse
ask-title-label = Titre
ask-title-hint = De 15 à 150 caractères. Soyez précis : « La synchronisation reste bloquée sur Préparation sous Windows 11 ».
ask-body-label = Texte
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
ask-body-hint = Markdown : **gras**, `code`, ```bloc de code```, listes, liens, tableaux. Qu’avez-vous essayé ? Que s’est-il passé ?
ask-tags-label = Étiquettes
# "windows sync" are example tags: keep them as they are.
ask-tags-hint-create = 1 à 5 étiquettes séparées par des espaces ou des virgules, par ex. windows sync. Les nouvelles étiquettes sont créées pour vous.
ask-tags-hint-existing = 1 à 5 étiquettes existantes séparées par des espaces ou des virgules, par ex. windows sync.
ask-submit = Publier votre question

## Editing a post (pages/edit.rs)

edit-title = Modifier la publication
edit-heading-question = Modifier votre question
edit-heading-answer = Modifier la réponse
edit-title-label = Titre
edit-body-label = Texte
edit-tags-label = Étiquettes
edit-tags-hint = 1 à 5 étiquettes séparées par des espaces.
edit-summary-label = Résumé de la modification
edit-summary-hint = Facultatif : qu’avez-vous modifié, et pourquoi ?
edit-save = Enregistrer les modifications
edit-cancel = Annuler

## Revision history

history-title = Historique des révisions
history-roll-back = Revenir à la révision { $number }
history-revision = Révision { $number }
# Followed by the changes to the title.
history-diff-title = Titre :
# Followed by the changes to the tags.
history-diff-tags = Étiquettes :
history-changes = Modifications de la révision { $number }
# In a diff: a run of lines that did not change, folded away.
history-collapsed = { $n ->
    [one] … { $n } ligne inchangée …
   *[other] … { $n } lignes inchangées …
}
history-line-added = Ligne ajoutée
history-line-removed = Ligne supprimée
history-line-unchanged = Ligne inchangée
history-redact = Caviarder la révision { $number }
# Label of the field where staff say why a revision is redacted.
history-redact-reason = Motif du caviardage
history-redacted = Cette révision a été caviardée.
history-redact-done = La révision { $number } a été caviardée.

## Votes

vote-own-post = Vous ne pouvez pas voter pour votre propre publication.
vote-up = Voter pour
vote-score = Score
vote-down = Voter contre

## Following (components/follow.rs)

follow-notify-topic = M’avertir pour cette question
follow-notify-category = M’avertir pour cette catégorie
follow-notify-tag = M’avertir pour cette étiquette
follow-following = Suivi
follow-follow = Suivre
# $level is one of the follow-level-* names.
follow-notifications = Notifications : { $level }
follow-save = Enregistrer
follow-level-every = Chaque publication
follow-level-answers = Réponses uniquement
follow-level-solved = Une fois résolu
follow-level-normal = Non suivi
follow-level-muted = En sourdine
# What each level notifies about; "-topic" for a question, the others for a category or tag.
follow-describe-every-topic = Nouvelles réponses, commentaires, et sa résolution.
follow-describe-every = Nouvelles questions, réponses et commentaires.
follow-describe-answers-topic = Nouvelles réponses, et sa résolution.
follow-describe-answers = Nouvelles questions et réponses.
follow-describe-solved-topic = Uniquement quand elle est résolue.
follow-describe-solved = Uniquement quand une question d’ici est résolue.
follow-describe-normal = Uniquement quand quelqu’un vous répond ou vous mentionne.
follow-describe-muted = Rien, pas même les réponses qui vous sont adressées.

## Markdown editor

# Heading of the live preview of the text being typed.
editor-preview = Aperçu

## Similar questions

similar-questions = Questions similaires
similar-empty = Des questions similaires apparaissent ici pendant que vous tapez votre titre.
similar-lead = L’une d’elles répond peut-être déjà à votre question.
similar-solved = Résolu
similar-stats = { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
} · { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
}
similar-solved-my-problem = Cela a résolu mon problème
# After a related question's title.
similar-related-answers = { $n ->
    [one] · { $n } réponse
   *[other] · { $n } réponses
}

## Asking support for help (components/escalate.rs)

escalate-conversation = Conversation avec l’assistance
escalate-label = Pour quoi avez-vous besoin d’aide ?
escalate-hint-asker = Seuls vous et l’équipe d’assistance voyez cette conversation. Ne communiquez pas de mots de passe.
escalate-hint-staff = Facultatif : le membre est averti et voit ce message en premier.
escalate-open = J’ai besoin de l’aide de l’assistance
escalate-submit = Contacter l’assistance

## Flagging a post or comment

flagdialog-thanks = Merci — les modérateurs vont l’examiner.
flagdialog-flag-comment = Signaler le commentaire
flagdialog-flag = Signaler
flagdialog-title-comment = Signaler ce commentaire
flagdialog-title-post = Signaler cette publication
flagdialog-reason = Quel est le problème ?
flagdialog-duplicate-of = Question d’origine (lien ou numéro)
flagdialog-detail-required = Expliquez aux modérateurs ce qui ne va pas
flagdialog-detail-optional = Précisions (facultatif)
flagdialog-send = Envoyer le signalement
flagdialog-cancel = Annuler

## The moderator's menu on a post

moderate-summary = Modérer
moderate-action = Action
# An action on a member, e.g. "Warn alice"; $action is a moderation action's name.
moderate-action-member = { $action } { $name }
moderate-reason = Motif
moderate-category = Catégorie
moderate-target = Autre question (lien ou numéro)
moderate-assignee = Agent
moderate-assignee-placeholder = nom d’utilisateur
# Followed by a duration such as "3 days".
moderate-duration = Pour combien de temps
moderate-apply = Appliquer

## Topic lists (components/topics.rs)

# Screen-reader note after a category's name.
topics-visibility-public = Publique
topics-visibility-members = Membres uniquement
topics-visibility-groups = Réservée à certains groupes
topics-tags = Étiquettes
# After a number, in a question's statistics.
topics-votes-label = { $n ->
    [one] vote
   *[other] votes
}
topics-answers-label = { $n ->
    [one] réponse
   *[other] réponses
}
topics-views-label = { $n ->
    [one] vue
   *[other] vues
}
topics-pinned-title = Épinglée par les modérateurs
topics-pinned = Épinglée
topics-featured = À la une
topics-solved = Résolu
# Between the author's name and the date: "alice asked 2 hours ago".
topics-asked = a demandé
topics-empty = Pas encore de question ici.


## ——— g2-pages ———

## g2-pages: header, footer, language switcher, home, lists, search, profile,
## profile settings, sign in/up, leaderboard, badges, notifications, 404.

## Layout and footer

layout-skip-link = Aller au contenu
# Followed by a link named "Entraide" (the product's name).
footer-powered-by = Propulsé par
# After "Powered by Entraide — ".
footer-tagline = une communauté d'entraide où les clients s'aident les uns les autres.

## Language switcher (header)

language-label = Langue
language-change = Changer de langue

## Header

header-nav-label = Principal
header-nav-home = Accueil
header-nav-questions = Questions
header-nav-tags = Étiquettes
header-nav-leaderboard = Classement
header-nav-badges = Badges
# The support staff's work queue.
header-nav-desk = Bureau
# The bell's accessible name when nothing is unread.
header-notifications = Notifications
header-notifications-unread = { $n ->
    [one] Notifications ({ $n } non lue)
   *[other] Notifications ({ $n } non lues)
}
header-sign-in = Se connecter
header-sign-up = S'inscrire
header-account-menu = Menu du compte de { $name }
# Followed by the username in bold.
header-signed-in-as = Connecté en tant que
header-your-profile = Votre profil
header-edit-profile = Modifier le profil
header-notification-settings = Paramètres des notifications
header-admin-members = Membres et rôles
header-admin-categories = Catégories
header-admin-tags = Étiquettes
header-admin-groups = Groupes
header-admin-reputation = Réputation
header-admin-webhooks = Webhook du service d'assistance
header-admin-moderation = Règles de modération
header-admin-guidelines = Règles de la communauté
header-sign-out = Se déconnecter
header-suggested-questions = Questions suggérées
header-solved = Résolu
header-all-results = Tous les résultats
header-ask-question = Poser une question
header-search-label = Rechercher
header-search-placeholder = Rechercher des questions…
# A member's role, shown as a small badge.
header-role-member = Membre
header-role-agent = Agent
header-role-admin = Admin

## Home page

home-welcome = Bienvenue sur { $name }. Posez une question, partagez ce que vous savez et obtenez des réponses d'autres clients et de notre équipe d'assistance. Chaque question résolue aide la prochaine personne qui rencontre le même problème.
home-join = Rejoindre la communauté
home-have-account = J'ai déjà un compte
home-description = Demandez à la communauté : des réponses de clients et de l'équipe d'assistance, consultables par tous.
home-heading = Comment pouvons-nous vous aider ?
home-loading = Chargement…
home-how-it-works = Comment ça marche
home-step-search = Cherchez d'abord.
home-step-search-detail = Quelqu'un a peut-être déjà résolu le problème.
home-step-ask = Demandez à la communauté.
home-step-ask-detail = Les membres et les agents répondent en direct.
home-step-accept = Acceptez la meilleure réponse.
home-step-accept-detail = Elle est épinglée en haut pour le prochain lecteur.
home-support-team = Notre équipe d'assistance
home-member-count = { $n ->
    [one] { $n } membre nous a rejoints jusqu'ici.
   *[other] { $n } membres nous ont rejoints jusqu'ici.
}
home-categories = Catégories
home-ask = Poser une question
home-col-category = Catégorie
home-col-topics = Sujets
home-col-posts = Messages
home-col-latest = Dernière activité
home-latest = Dernières questions
home-all-questions = Toutes les questions

## Question lists (all, a category's, a tag's)

questions-loading = Chargement des questions…
questions-category-description = Questions et discussions dans { $name }.
# The page title of a tag's list.
questions-tag-title = Questions avec l'étiquette { $tag }
questions-tag-heading = Étiquette « { $tag } »
questions-tag-description = Questions avec l'étiquette { $tag }.
questions-all-title = Toutes les questions
questions-all-description = Toutes les questions posées dans la communauté, les plus récemment actives d'abord.
questions-ask = Poser une question
questions-subcategories = Sous-catégories
questions-sort-label = Trier
questions-filter-label = Filtrer
questions-pages = Pages
questions-first-page = Première page
questions-next-page = Page suivante
# The live bar above a list: "3 new questions — show".
questions-new-count = { $n ->
    [one] { $n } nouvelle question
   *[other] { $n } nouvelles questions
}
questions-sort-active = Actives
questions-sort-newest = Plus récentes
questions-sort-unanswered = Sans réponse
questions-sort-votes = Plus de votes
questions-status-all = Toutes
questions-status-solved = Résolues
questions-status-unsolved = Non résolues
questions-status-unanswered = Sans réponse

## Tags page

tags-title = Étiquettes
tags-description = Parcourez les questions par étiquette : plateformes, fonctionnalités et compte.
tags-loading = Chargement…
tags-all = Toutes les étiquettes
tags-other = Autres étiquettes

## Search page

search-searching = Recherche…
search-title = Rechercher
search-title-query = Recherche : { $q }
search-correct-filters = Veuillez corriger les filtres signalés.
# Keep the search syntax (tag:, is:solved, user:) untranslated.
search-help = Saisissez ce que vous cherchez : des mots, "une phrase exacte", -exclu, tag:nom, is:solved, user:nom.
search-no-results = Aucun résultat. Essayez moins de mots ou d'autres mots, ou retirez un filtre.
search-results = { $n ->
    [one] { $n } résultat
   *[other] { $n } résultats
}
search-for = Rechercher
search-filters = Filtres
search-category = Catégorie
search-any-category = Toutes les catégories
search-tag = Étiquette
# Whether questions are solved.
search-state = État
search-state-any = Tous
search-state-solved = Résolues
search-state-unsolved = Non résolues
search-state-unanswered = Sans réponse
search-kind = Type
search-kind-all = Questions et réponses
search-kind-questions = Questions
search-kind-answers = Réponses
search-language = Langue
search-any-language = Toutes les langues
search-author = Auteur
# Date range: from … to …
search-from = Du
search-to = Au
search-submit = Rechercher
search-sort-label = Trier les résultats
search-sort-relevance = Pertinence
search-sort-newest = Plus récents
search-sort-votes = Plus de votes
search-results-label = Résultats de la recherche
search-pages = Pages de résultats
search-previous = Précédente
search-next = Suivante
search-page-of = Page { $current } sur { $pages }
# Followed by a link "Ask the community".
search-not-what-you-need = Ce n'est pas ce que vous cherchez ?
search-ask = Demandez à la communauté
search-hit-accepted-answer = Réponse acceptée
search-hit-answer = Réponse
search-hit-question = Question
# The accessible name of one result: its kind and title.
search-hit-label = { $kind } : { $title }
search-solved = Résolu
search-hit-votes = { $n ->
    [one] { $n } vote
   *[other] { $n } votes
}
search-hit-answers = { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}
# Followed by the author's name.
search-hit-by = par

## Public profile

profile-loading = Chargement…
profile-location = Lieu :
# The languages a member reads, e.g. "Reads English, Français".
profile-reads = Lit { $languages }
profile-description = Les questions et réponses de { $name } dans la communauté.
# The level's name is set by the administrators.
profile-level = Niveau { $level } · { $name }
# Followed by a date.
profile-member-since = Membre depuis le
# Followed by a date.
profile-last-seen = vu pour la dernière fois le
profile-reputation = Réputation
profile-questions = Questions
profile-answers = Réponses
profile-accepted-answers = Réponses acceptées
profile-votes-received = Votes reçus
profile-top-tags = Étiquettes principales
profile-top-tag-stats = { $answers ->
    [one] { $answers } réponse · score { $score }
   *[other] { $answers } réponses · score { $score }
}
profile-no-questions = Aucune question pour l'instant.
profile-badges = Badges
profile-no-badges = Aucun badge pour l'instant.
profile-badges-gold = Badges or
profile-badges-silver = Badges argent
profile-badges-bronze = Badges bronze
# A badge earned for one tag, e.g. "Tag expert: android".
profile-badge-with-tag = { $name } : { $tag }
profile-all-badges = Tous les badges
profile-reputation-history = Historique de réputation
profile-no-reputation-events = Aucun événement de réputation pour l'instant.
profile-history-points = Points
profile-history-event = Événement
profile-history-post = Message
profile-history-when = Date
profile-show-older = Afficher les plus anciens

## Reputation history events

reputation-event-answer-upvoted = Vote positif sur une réponse
reputation-event-question-upvoted = Vote positif sur une question
reputation-event-post-downvoted = Vote négatif sur un message
reputation-event-downvote-cast = Vote négatif donné à une réponse
reputation-event-answer-accepted = Réponse acceptée
reputation-event-accepted = Réponse acceptée par vous
reputation-event-reversal = Annulé
reputation-event-other = Autre

## Profile settings

settings-profile-title = Modifier votre profil
settings-loading = Chargement…
settings-correct-fields = Veuillez corriger les champs signalés ci-dessous.
# Followed by a link "your profile".
settings-visible-on = Tout le monde peut voir ces informations sur
settings-your-profile = votre profil
# Follows the link "your profile": starts with the sentence's full stop.
settings-email-hidden = . Votre adresse e-mail n'est jamais affichée.
settings-display-name = Nom affiché
settings-display-name-hint = Affiché à côté de votre nom d'utilisateur. 50 caractères maximum.
settings-bio = À propos de vous
settings-bio-hint = Markdown, 2 000 caractères maximum.
settings-location = Lieu
settings-website = Site web
settings-website-hint = Un lien commençant par https://.
settings-languages = Langues que vous lisez
settings-languages-hint = Les messages dans d'autres langues ont un bouton Traduire.
settings-save-profile = Enregistrer le profil
settings-avatar-saved = Votre nouvelle photo est enregistrée.
settings-avatar-removed = Votre photo a été supprimée.
settings-avatar-heading = Photo de profil
settings-avatar-new = Nouvelle photo
settings-avatar-hint = PNG, JPEG, GIF ou WebP, 5 Mo maximum. Elle est recadrée en carré.
settings-avatar-upload = Envoyer la photo
settings-avatar-remove = Supprimer l'avatar
settings-account-link = Changer votre mot de passe
# /settings/account: changing one's password.
settings-account-title = Changer votre mot de passe
settings-account-lead = Changer votre mot de passe vous déconnecte de tous vos autres appareils ; celui-ci reste connecté.
settings-current-password = Mot de passe actuel
settings-new-password = Nouveau mot de passe
settings-new-password-hint = Au moins 10 caractères, pas un mot de passe courant et sans votre nom d’utilisateur.
settings-change-password = Changer le mot de passe
settings-password-changed = Votre mot de passe a été changé. Toutes les autres sessions ont été déconnectées.
settings-account-back = Retour aux paramètres du profil
settings-language-heading = Langue
settings-ui-language = Langue de l'interface
settings-ui-language-browser = Celle de mon navigateur
settings-auto-translate = Traduire automatiquement les messages dans les langues que je ne lis pas
settings-save-language = Enregistrer les paramètres de langue
settings-language-saved = Paramètres de langue enregistrés.

## Sign in and sign up

signin-title = Se connecter
signin-description = Connectez-vous pour poser des questions, répondre et suivre les discussions qui vous intéressent.
signin-lead = Bon retour parmi nous. Connectez-vous pour poser des questions, répondre et suivre des questions.
signin-login = Nom d'utilisateur ou e-mail
signin-password = Mot de passe
signin-submit = Se connecter
# Followed by the link "Create an account".
signin-new-here = Nouveau ici ?
signin-create-account = Créer un compte
signup-title = S'inscrire
signup-description = Créez un compte gratuit pour interroger la communauté, partager des réponses et être reconnu.
signup-heading = Créer votre compte
signup-lead = Rejoignez la communauté pour poser des questions, partager des réponses et suivre ce qui compte pour vous.
signup-username = Nom d'utilisateur
signup-username-hint = 3 à 32 caractères : lettres minuscules, chiffres, _ et -.
signup-email = E-mail
signup-email-hint = Jamais montré aux autres membres.
signup-password = Mot de passe
signup-password-hint = Au moins 10 caractères. Évitez les mots de passe courants.
signup-submit = S'inscrire
# Followed by the link "Sign in to your account".
signup-have-account = Vous avez déjà un compte ?
signup-sign-in = Connectez-vous à votre compte

## Leaderboard

leaderboard-title = Classement
leaderboard-description = Les membres qui ont le plus aidé cette semaine, ce mois-ci et depuis toujours.
leaderboard-loading = Chargement…
leaderboard-period = Période
leaderboard-period-week = Cette semaine
leaderboard-period-month = Ce mois-ci
leaderboard-period-all = Depuis toujours
# $period is one of the three leaderboard-caption-week/month/all phrases.
leaderboard-caption = Réputation gagnée { $period }
leaderboard-caption-category = Réputation gagnée { $period } dans { $category }
leaderboard-caption-tag = Réputation gagnée { $period } avec l'étiquette { $tag }
leaderboard-caption-week = cette semaine
leaderboard-caption-month = ce mois-ci
leaderboard-caption-all = depuis toujours
leaderboard-category = Catégorie
leaderboard-all-categories = Toutes les catégories
leaderboard-tag = Étiquette
leaderboard-show = Afficher
leaderboard-empty = Personne n'a encore gagné de réputation ici sur cette période.
leaderboard-rank = Rang
leaderboard-member = Membre
leaderboard-gained = Gagnée

## Badges page and badge catalogue

badges-title = Badges
badges-description = Tous les badges que les membres peuvent obtenir, et comment les obtenir.
badges-intro = Les badges sont attribués automatiquement quand l'aide d'un membre remplit les critères.
badges-loading = Chargement…
badges-col-badge = Badge
badges-col-tier = Niveau
badges-col-criteria = Critères
badges-col-members = Membres
# Followed by the names of members who recently earned the badge.
badges-recently = récemment :
badges-list-separator = { ", " }
badge-tier-bronze = Bronze
badge-tier-silver = Argent
badge-tier-gold = Or
badge-name-first-question = Première question
badge-criteria-first-question = A posé une première question.
badge-name-first-answer = Première réponse
badge-criteria-first-answer = A répondu à une question pour la première fois.
badge-name-solver = Solutionneur
badge-criteria-solver = A eu une première réponse acceptée.
badge-name-commentator = Commentateur
badge-criteria-commentator = A laissé 10 commentaires.
badge-name-welcomer = Accueillant
badge-criteria-welcomer = A donné la première réponse à la première question d'un nouveau membre.
badge-name-enthusiast = Passionné
badge-criteria-enthusiast = A visité la communauté 7 jours de suite.
badge-name-good-answer = Bonne réponse
badge-criteria-good-answer = Une réponse a atteint un score de 10. Obtenu une fois par réponse.
badge-name-popular-question = Question populaire
badge-criteria-popular-question = Une question a été vue 1 000 fois. Obtenu une fois par question.
badge-name-helper = Aidant
badge-criteria-helper = A eu 10 réponses acceptées.
badge-name-great-answer = Excellente réponse
badge-criteria-great-answer = Une réponse a atteint un score de 25. Obtenu une fois par réponse.
badge-name-verified = Vérifié
badge-criteria-verified = L'équipe d'assistance a vérifié l'une de vos réponses.
# A badge earned once per tag.
badge-name-tag = Expert de l'étiquette
badge-criteria-tag = A eu 20 réponses acceptées dans des questions portant une même étiquette. Obtenu une fois par étiquette.
badge-name-expert = Expert
badge-criteria-expert = A eu 50 réponses acceptées.

## Notifications

notifications-title = Notifications
notifications-settings-link = Paramètres
notifications-mark-all-read = Tout marquer comme lu
notifications-loading = Chargement…
notifications-nothing-unread = Rien de non lu.
notifications-unread = { $n ->
    [one] { $n } notification non lue.
   *[other] { $n } notifications non lues.
}
notifications-empty = Aucune notification pour l'instant. Suivez des questions, des catégories ou des étiquettes pour en être informé.
notifications-pages = Pages
notifications-newest = Plus récentes
notifications-older = Plus anciennes
# Read by screen readers after an unread notification.
notifications-unread-mark = (non lue)
notifications-mark-read = Marquer comme lue
notifications-settings-title = Paramètres des notifications
notifications-settings-intro = Choisissez ce qui arrive dans votre boîte de réception. La cloche indique ce qui n'est pas lu.
notifications-settings-saved = Enregistré.
notifications-settings-legend = Me prévenir quand
notifications-settings-save = Enregistrer
# The kinds of notification (settings checkboxes, after "Notify me when").
notification-kind-new-answer = Une nouvelle réponse arrive sur une question que vous suivez
notification-kind-new-comment = Un nouveau commentaire arrive dans une discussion que vous suivez de près
notification-kind-comment-on-post = Quelqu'un commente votre question ou votre réponse
notification-kind-mention = Quelqu'un vous mentionne (@nom)
notification-kind-accepted = Votre réponse est acceptée
notification-kind-solved = Une question que vous suivez est résolue
notification-kind-upvote = Vos messages reçoivent des votes positifs
notification-kind-badge = Vous obtenez un badge
notification-kind-new-question = Une nouvelle question arrive dans une catégorie ou une étiquette que vous suivez
notification-kind-moderation = Les modérateurs vous écrivent (toujours activé)
notification-kind-support = L'équipe d'assistance répond dans vos conversations d'assistance
# Inbox sentences. $actor is a username, $title a question's title.
# Stands for a member whose name is unknown.
notification-someone = Quelqu'un
notification-text-new-answer = { $actor } a répondu à « { $title } »
notification-text-new-comment = { $actor } a commenté « { $title } »
notification-text-comment-on-question = { $actor } a commenté votre question dans « { $title } »
notification-text-comment-on-answer = { $actor } a commenté votre réponse dans « { $title } »
notification-text-mention = { $actor } vous a mentionné dans « { $title } »
notification-text-accepted = { $actor } a accepté votre réponse à « { $title } »
notification-text-solved = « { $title } » est résolue
# $what is notification-text-upvote-what-question or -answer.
notification-text-upvote-one = { $actor } a voté pour votre { $what } dans « { $title } »
notification-text-upvote-two = { $actor } et 1 autre personne ont voté pour votre { $what } dans « { $title } »
# $n is 3 or more.
notification-text-upvote-many = { $n } personnes ont voté pour votre { $what } dans « { $title } »
notification-text-upvote-what-question = question
notification-text-upvote-what-answer = réponse
notification-text-badge = Vous avez obtenu le badge « { $badge } »
notification-notice-assigned = On vous a confié « { $title } » : { $reason }
notification-notice-warned = Un modérateur vous a averti : { $reason }
notification-notice-silenced = Vous ne pouvez plus publier jusqu’au { $until } : { $reason }
notification-notice-suspended = Votre compte est suspendu jusqu’au { $until } : { $reason }
notification-notice-lifted = Un modérateur a levé les restrictions de votre compte : { $reason }
notification-notice-support-opened = Le support a ouvert une conversation avec vous à propos de « { $title } »
notification-notice-support-replied = Le support a répondu à propos de « { $title } »
notification-notice-support-resolved = Le support a marqué comme résolue votre conversation à propos de « { $title } »
notification-text-new-question = { $actor } a demandé « { $title } »

## Not found and error pages

notfound-title = Page introuvable
notfound-heading = Nous n'avons pas trouvé cette page
notfound-text = Le lien est peut-être cassé, ou la page a été déplacée ou supprimée.
notfound-home = Retour à l'accueil
notfound-error-sign-in = Veuillez vous connecter
notfound-error-forbidden = Non autorisé
notfound-error-not-found = Introuvable
notfound-error-other = Une erreur s'est produite
notfound-sign-in = Se connecter


## ——— g3-desk ———

## Desk, moderation log, moderation rules, guidelines, support, webhooks (g3-desk)

desk-title = Bureau
desk-loading = Chargement…
desk-queues = Files d’attente
desk-summary-flags = Signalements ({ $n })
desk-summary-held = En attente de vérification ({ $n })
desk-summary-unanswered = Sans réponse ({ $n }, { $overdue } en retard)
desk-summary-escalations = Escalades ({ $n })
desk-summary-assigned = Attribuées à moi ({ $n })
desk-empty-flags = Aucun signalement ouvert.
desk-empty-held = Rien n’attend de vérification.
desk-empty-unanswered = Chaque question a une réponse.
desk-empty-escalations = Aucune conversation d’assistance ouverte.
desk-empty-assigned = Rien ne vous est attribué.
desk-escalation-label = Escalade : { $title }
desk-escalation-meta = { $member } · { $status } · mise à jour
desk-claimed-by = Pris en charge par { $name }
desk-release = Libérer
desk-claim = Prendre en charge
desk-reason = Motif
desk-hide-post = Masquer la publication
desk-flagged-label = Signalé : { $title }
desk-flag-count = { $n ->
    [one] { $n } signalement
   *[other] { $n } signalements
}
desk-hidden = Masqué
desk-by-excerpt = par { $author } — { $excerpt }
desk-auto-moderation = Modération automatique
desk-flag-on-comment = { $reason } (un commentaire)
desk-flag-entry = { $reason } — { $who }
desk-flag-entry-detail = { $reason } — { $who } : { $detail }
desk-flag-original = original :
desk-decide-label = Statuer sur les signalements de { $title }
desk-held-label = Retenu : { $title }
desk-held-why = Motif de la retenue :
desk-review-label = Vérifier { $title }
desk-target = objectif { $n } h
desk-overdue = En retard
desk-question-meta = { $category } · posée par { $author } · en attente depuis { $waited } ({ $target })
desk-assigned-to = Attribuée à { $name }

## Desk queues (headings; ids are queue-<name>)

queue-flags = Signalements
queue-held = En attente de vérification
queue-unanswered = Questions sans réponse
queue-escalations = Escalades
queue-assigned = Attribuées à moi

## How long a question has waited (short units)

age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } j
age-days-hours = { $d } j { $h } h

## Moderation log

log-title = Journal de modération
log-back = Retour au bureau
log-filter-label = Filtrer le journal
log-agent = Agent
log-action = Action
log-any-action = Toutes les actions
log-member = Membre
log-from = Du
log-to = Au
log-filter = Filtrer
log-empty = Aucune action ne correspond.
log-when = Quand
log-who = Qui
log-where = Où
log-reason = Motif
log-post = Publication
log-pages = Pages
log-older = Plus anciennes
log-detail-revision = Révision { $n }
log-detail-translations = Traduction en { $languages }
log-detail-duplicate-of = Doublon de #{ $id } « { $title } »
log-detail-merged-into = Fusionnée dans #{ $id } « { $title } »
log-detail-assigned-to = Attribuée à { $name }
log-detail-moved = Déplacée de { $from } vers { $to }
log-detail-already-in = Déjà dans { $category }
log-detail-until = Jusqu’au { $date }
log-detail-trusted-flags = { $n } signalements de membres de confiance ; masqué jusqu’à examen
desk-held-translation = Traduction en { $language }

## Moderator actions (ids are mod-action-<code>), as the log and menus name them

mod-action-hide = Masquer
mod-action-unhide = Afficher à nouveau
mod-action-delete = Supprimer
mod-action-restore = Restaurer
mod-action-edit = Modifier
mod-action-lock = Verrouiller le fil
mod-action-unlock = Déverrouiller le fil
mod-action-pin = Épingler
mod-action-unpin = Désépingler
mod-action-feature = Mettre en avant
mod-action-unfeature = Ne plus mettre en avant
mod-action-move = Déplacer
mod-action-close_duplicate = Fermer comme doublon
mod-action-merge = Fusionner
mod-action-assign = Attribuer
mod-action-unassign = Retirer l’attribution
mod-action-warn = Avertir
mod-action-silence = Réduire au silence
mod-action-suspend = Suspendre
mod-action-lift = Lever les sanctions
mod-action-approve = Approuver
mod-action-dismiss = Rejeter les signalements
mod-action-hold = Retenu pour vérification
mod-action-flag = Signalé
mod-action-redact = Caviarder une révision

## Why a post is flagged (ids are flag-reason-<code>)

flag-reason-spam = Spam
flag-reason-rude = Grossier ou injurieux
flag-reason-off_topic = Hors sujet
flag-reason-duplicate = Doublon d’une autre question
flag-reason-needs_staff = Nécessite l’équipe d’assistance
flag-reason-other = Autre chose

## Support conversation statuses (ids are escalation-status-<code>)

escalation-status-open = Ouverte
escalation-status-waiting = En attente du membre
escalation-status-resolved = Résolue

## Admin: moderation rules

modrules-saved = Paramètres de modération enregistrés.
modrules-word-saved = Mot surveillé enregistré.
modrules-word-removed = Mot surveillé supprimé.
modrules-target-saved = Objectif de réponse enregistré.
modrules-title = Règles de modération
modrules-flags = Signalements
modrules-flag-min-reputation = Réputation nécessaire pour signaler
modrules-flags-to-hide = Signalements de membres de confiance qui masquent une publication jusqu’à sa vérification
modrules-new-members = Nouveaux membres
modrules-new-members-help = Un membre est nouveau tant que sa réputation est inférieure à ce seuil ou que son compte est plus récent que cette durée. Les nouveaux membres peuvent mettre au plus 2 liens par publication et publier 3 fois au cours de leur première heure.
modrules-new-reputation = Nouveau en dessous de cette réputation
modrules-new-hours = Nouveau pendant ce nombre d’heures après l’inscription
modrules-hold-first = Retenir pour vérification la première publication de chaque nouveau membre
modrules-spam = Spam
modrules-spam-domains = Domaines de spam (un par ligne ; sous-domaines inclus)
modrules-save = Enregistrer les règles de modération
modrules-watched = Mots surveillés
modrules-watched-help = Recherchés comme mots entiers dans les nouvelles publications (« doc » ne correspond jamais à « document »). Bloquer refuse la publication, retenir la garde pour vérification, signaler la publie avec un signalement pour les agents.
modrules-watched-empty = Aucun mot surveillé.
modrules-does-block = bloquer
modrules-does-hold = retenir
modrules-does-flag = signaler
modrules-remove-label = Supprimer { $word }
modrules-remove = Supprimer
modrules-word = Mot ou expression
modrules-word-action = Que faire
modrules-choose-block = Bloquer la publication
modrules-choose-hold = Retenir pour vérification
modrules-choose-flag = Signaler aux agents
modrules-add-word = Ajouter un mot surveillé
modrules-targets = Objectifs de délai de réponse
modrules-targets-help = Le délai dans lequel une question devrait recevoir sa première réponse. Au-delà, les questions sans réponse ressortent sur le bureau comme en retard.
modrules-category = Catégorie
modrules-target-hours = Objectif (en heures, 0 pour aucun)
modrules-target-label = Objectif pour { $name } en heures
modrules-save-target = Enregistrer

## Community guidelines

guidelines-title = Règles de la communauté
guidelines-edit-title = Modifier les règles
guidelines-saved = Règles enregistrées.
guidelines-shown-at = Markdown. Affichées sur
guidelines-shown-where = , accessibles depuis le formulaire de question et montrées à ceux qui posent leur première question.
guidelines-label = Règles
guidelines-save = Enregistrer les règles

## Support conversation

support-title = Conversation d’assistance
support-status-label = Statut
support-update-status = Mettre à jour le statut
support-mark-resolved = Marquer comme résolue
support-private-staff = Une conversation privée avec { $member }. Seuls cette personne et l’équipe d’assistance peuvent la lire.
support-private-member = Une conversation privée avec l’équipe d’assistance. Seuls vous et l’équipe d’assistance pouvez la lire.
support-about = À propos de la question
support-status = Statut : { $status }
support-opened-by = Ouverte par { $name }
support-messages = Messages
support-no-messages = Aucun message pour l’instant.
support-back = Retour à la question
support-message-from = Message de { $author }
support-badge = Assistance
support-your-message = Votre message
support-hint = Le Markdown fonctionne : **gras**, `code`, listes, liens.
support-send = Envoyer

## Admin: helpdesk webhook

webhooks-saved = Paramètres du webhook enregistrés.
webhooks-test-queued = Envoi de test en file d’attente : il part dans quelques secondes. Actualisez pour voir le résultat.
webhooks-title = Webhook du service d’assistance
webhooks-secret-kept = Un secret est défini : laissez vide pour le conserver
webhooks-no-secret = Aucun secret défini pour l’instant
webhooks-intro-signed = Les escalades sont envoyées à votre service d’assistance en JSON signé (POST). Chaque requête porte
webhooks-intro-hmac = , le HMAC-SHA256 de « <t>.<body> » avec le secret de signature, et
webhooks-intro-retries = pour reconnaître une répétition. Les envois échoués sont retentés après 30 s, 2 min, 10 min, 1 h et 6 h.
webhooks-url = URL du webhook
webhooks-url-hint = Une adresse complète en http:// ou https://. Laissez vide pour désactiver les webhooks. Les adresses de cette machine ou d’un réseau privé (localhost, 10.x, 192.168.x) demandent ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sur le serveur.
webhooks-secret = Secret de signature
webhooks-secret-hint = Au moins 16 caractères, partagé avec le service d’assistance. Il n’est plus jamais affiché.
webhooks-save = Enregistrer le webhook
webhooks-send-test = Envoyer un test
webhooks-deliveries = Envois
webhooks-refresh = Actualiser
webhooks-latest = Les { $n } derniers, du plus récent au plus ancien. Heures en UTC.
webhooks-empty = Aucun envoi pour l’instant.
webhooks-caption = Envois du webhook, du plus récent au plus ancien
webhooks-col-delivery = Envoi
webhooks-col-event = Événement
webhooks-col-status = Statut
webhooks-col-attempts = Tentatives
webhooks-col-last-http = Dernier statut HTTP
webhooks-col-error = Erreur
webhooks-col-created = Créé
webhooks-col-when = Livré ou prochaine tentative
webhooks-next = prochaine
webhooks-attempts = { $n } sur { $max }
webhooks-status-pending = En attente
webhooks-status-delivered = Livré
webhooks-status-failed = Échoué


## ——— g4-admin ———

## Admin pages (categories, tags, groups, members, reputation)

## Roles and category visibility (shared with other pages)

role-member = Membre
role-agent = Agent
role-admin = Administrateur
# Who may read a category
visibility-public = Publique
visibility-members = Membres uniquement
visibility-groups = Réservée à des groupes

## Shared by the admin pages

# Hidden column header above the Edit/Delete buttons
admin-actions = Actions
admin-edit = Modifier
admin-delete = Supprimer
admin-name = Nom
admin-description = Description
# Sort order of a category or tag group
admin-position = Position
admin-topics = Sujets
# No group chosen
admin-none = Aucun
# A group (of members or of tags), column header
admin-group = Groupe

## /admin/categories

categories-title = Catégories
categories-loading = Chargement des catégories…
categories-created = Catégorie « { $name } » créée.
categories-saved = Catégorie « { $name } » enregistrée.
categories-deleted = Catégorie supprimée.
categories-edit-heading = Modifier la catégorie « { $name } »
categories-new = Nouvelle catégorie
categories-count = { $n ->
    [one] { $n } catégorie
   *[other] { $n } catégories
}
categories-caption = Catégories, chacune suivie de ses sous-catégories
# The category's name in web addresses
categories-slug = Identifiant d’URL
categories-visibility = Visibilité
# Which post kinds a category accepts (questions, discussions)
categories-accepts = Accepte
categories-accepts-questions = Questions
categories-accepts-discussions = Discussions
# $groups: the names of the groups, separated by commas
categories-restricted-to = Réservée à des groupes : { $groups }
categories-new-instead = Créer plutôt une nouvelle catégorie
categories-edit-label = Modifier la catégorie { $name }
categories-delete-label = Supprimer la catégorie { $name }
categories-save = Enregistrer la catégorie
categories-create = Créer la catégorie
categories-slug-hint = Dans l’adresse : 2 à 40 lettres minuscules, chiffres et tirets.
categories-colour = Couleur
categories-position-hint = Les plus petits nombres viennent en premier.
categories-parent = Catégorie parente
categories-parent-none = Aucune (premier niveau)
categories-visibility-hint = Membres uniquement : masquée aux visiteurs et aux moteurs de recherche. Réservée : seuls les groupes choisis (et l’équipe) peuvent la lire.
categories-groups = Groupes
# Followed by a link "Create a group"
categories-no-groups = Aucun groupe pour l’instant.
categories-create-group = Créer un groupe

## /admin/tags

admintags-title = Étiquettes
admintags-loading = Chargement des étiquettes…
admintags-created = Étiquette « { $name } » créée.
admintags-saved = Étiquette « { $name } » enregistrée.
admintags-merged = Étiquettes fusionnées.
admintags-deleted = Étiquette supprimée.
admintags-group-created = Groupe d’étiquettes « { $name } » créé.
admintags-group-deleted = Groupe d’étiquettes supprimé ; ses étiquettes ne sont plus groupées.
admintags-setting-on = Les membres peuvent désormais créer de nouvelles étiquettes.
admintags-setting-off = Seuls les agents et les administrateurs peuvent désormais créer de nouvelles étiquettes.
admintags-edit-heading = Modifier l’étiquette « { $name } »
admintags-new = Nouvelle étiquette
admintags-count = { $n ->
    [one] { $n } étiquette
   *[other] { $n } étiquettes
}
admintags-caption = Étiquettes, les plus utilisées d’abord
admintags-col-tag = Étiquette
# Column header: how many tags a tag group holds
admintags-col-tags = Étiquettes
admintags-new-instead = Créer plutôt une nouvelle étiquette
admintags-merge-heading = Fusionner des étiquettes
admintags-merge-intro = Tous les sujets de la première étiquette passent à la seconde ; la première étiquette est ensuite supprimée.
admintags-groups-heading = Groupes d’étiquettes
admintags-no-groups = Aucun groupe d’étiquettes pour l’instant.
admintags-new-group = Nouveau groupe d’étiquettes
admintags-settings-heading = Réglages des étiquettes
admintags-members-create = Les membres peuvent créer de nouvelles étiquettes
admintags-members-create-hint = Si cette option est désactivée, les membres choisissent parmi les étiquettes existantes ; les agents et les administrateurs peuvent toujours en créer.
admintags-save-setting = Enregistrer le réglage
admintags-edit-label = Modifier l’étiquette { $name }
admintags-delete-label = Supprimer l’étiquette { $name }
admintags-delete-group-label = Supprimer le groupe d’étiquettes { $name }
admintags-save = Enregistrer l’étiquette
admintags-create = Créer l’étiquette
admintags-name = Nom de l’étiquette
# Keep the characters - + # . as they are
admintags-name-hint = Lettres minuscules, chiffres et - + # . (30 caractères au plus).
admintags-description = Description de l’étiquette
admintags-group = Groupe d’étiquettes
# Merge form: "Merge tag [A] Into tag [B]"
admintags-merge-from = Fusionner l’étiquette
admintags-merge-into = Dans l’étiquette
admintags-choose = Choisissez une étiquette
admintags-merge = Fusionner
admintags-group-name = Nom du groupe d’étiquettes
admintags-create-group = Créer le groupe d’étiquettes

## /admin/groups (groups of members)

groups-title = Groupes
groups-loading = Chargement des groupes…
groups-created = Groupe « { $name } » créé.
groups-deleted = Groupe supprimé.
groups-member-added = { $username } a été ajouté au groupe.
groups-member-removed = Membre retiré du groupe.
groups-count = { $n ->
    [one] { $n } groupe
   *[other] { $n } groupes
}
groups-intro = Les catégories réservées à des groupes n’admettent que leurs membres (et l’équipe).
groups-empty = Aucun groupe pour l’instant.
groups-members = Membres
groups-member-count = { $n ->
    [one] { $n } membre
   *[other] { $n } membres
}
groups-members-of = Membres de { $name }
groups-delete-label = Supprimer le groupe { $name }
groups-new = Nouveau groupe
groups-name = Nom du groupe
groups-create = Créer le groupe
groups-nobody = Personne dans ce groupe pour l’instant.
groups-close = Fermer
groups-username = Nom d’utilisateur
groups-username-hint = Ajoutez un membre par son nom d’utilisateur.
groups-add-member = Ajouter le membre
groups-remove-label = Retirer { $username }
groups-remove = Retirer

## /admin/members

members-title = Membres
# $role: member, agent or admin
members-role-changed = { $username } est désormais { $role ->
    [member] membre
    [agent] agent
   *[admin] administrateur
}.
members-loading = Chargement des membres…
members-accounts = { $n ->
    [one] { $n } compte
   *[other] { $n } comptes
}
members-find-label = Trouver un membre
members-find-placeholder = Chercher par nom d’utilisateur ou e-mail
members-filter = Filtrer
members-col-member = Membre
members-col-email = E-mail
# Date the account was created
members-col-joined = Inscription
members-col-role = Rôle
members-next = Page suivante
members-role-for = Rôle de { $username }
members-save-role-for = Enregistrer le rôle de { $username }
members-save = Enregistrer

## /admin/reputation

adminrep-saved = Réglages de réputation enregistrés.
adminrep-title = Réputation et niveaux
adminrep-loading = Chargement…
# A points setting and its allowed range, e.g. "Answer upvoted (0 to 1000)"
adminrep-rule-field = { $label } (de { $min } à { $max })
adminrep-rule-answer-upvoted = Vote positif sur une réponse
adminrep-rule-question-upvoted = Vote positif sur une question
adminrep-rule-post-downvoted = Vote négatif sur un message
adminrep-rule-downvote-cast = Voter contre une réponse
adminrep-rule-answer-accepted = Réponse acceptée (pour son auteur)
adminrep-rule-accepter = Accepter une réponse (pour l’auteur de la question)
adminrep-rule-downvote-min = Réputation requise pour voter contre
adminrep-rule-daily-cap = Plafond quotidien des points issus des votes
adminrep-level = Niveau { $n }
adminrep-level-name = Nom du niveau { $n }
adminrep-level-min = Réputation pour le niveau { $n }
adminrep-intro = Les points sont inscrits au registre de chaque membre au fil des événements ; les modifications ne s’appliquent qu’aux nouveaux événements.
adminrep-points = Points
adminrep-levels = Niveaux
adminrep-col-level = Niveau
adminrep-col-starts = Commence à la réputation
adminrep-save = Enregistrer les réglages


## ——— g5-errors ———

## Errors returned by the server (g5-errors)

# AppError: what a failed request says.
apperror-invalid = Veuillez corriger les champs signalés.
apperror-not-signed-in = Veuillez vous connecter pour continuer.
apperror-not-found = Cette page n’existe pas ou n’est plus disponible.
apperror-internal = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.
apperror-busy = Nous sommes très sollicités en ce moment. Réessayez dans quelques secondes.
# $detail is a technical description (offline, server unreachable…), not translated.
apperror-transport = La requête n’a pas pu aboutir : { $detail }

# Why a permission was refused.
denied-not-signed-in = Veuillez vous connecter pour faire ceci.
denied-forbidden = Vous n’avez pas l’autorisation de faire ceci.
denied-own-role = Vous ne pouvez pas modifier votre propre rôle ; demandez à un autre administrateur.
denied-new-tag = Les nouvelles étiquettes sont créées par l’équipe. Choisissez des étiquettes existantes ou demandez à un agent d’en ajouter une.
denied-has-answers = Une question qui a des réponses ne peut pas être supprimée par son auteur. Demandez à l’équipe d’assistance si elle doit disparaître.
denied-own-post = Vous ne pouvez pas voter pour votre propre publication.
# $n: the reputation needed.
denied-downvote-reputation = Il faut { $n ->
    [one] { $n } point
   *[other] { $n } points
} de réputation pour voter contre. Votez pour ce qui aide, et commentez ce qui pourrait être amélioré.
denied-flag-reputation = Il faut { $n ->
    [one] { $n } point
   *[other] { $n } points
} de réputation pour signaler. Continuez à aider, cela viendra.
denied-not-asker = Seul l’auteur de la question ou l’équipe d’assistance peut accepter une réponse.

# Rate limits. limit-minutes is inserted as $wait into the other messages
# ("please wait 5 minutes", "try again in 5 minutes").
limit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
limit-write = Vous publiez plus vite que cette communauté ne le permet. Veuillez patienter { $wait } puis réessayer ; ce que vous avez écrit est conservé.
limit-sign-in = Trop de tentatives de connexion échouées. Pour votre sécurité, veuillez patienter { $wait } puis réessayer.
limit-sign-in-network = Trop de tentatives de connexion échouées depuis votre réseau. Pour votre sécurité, veuillez patienter { $wait } puis réessayer.
limit-sign-up = Trop de comptes ont été créés récemment depuis votre réseau. Veuillez réessayer dans { $wait }.
limit-try-again = Trop de requêtes. Veuillez réessayer dans { $wait }.
limit-translate = Trop de nouvelles traductions ont été demandées récemment. Veuillez réessayer dans { $wait } ; les traductions déjà faites restent lisibles.

# Sign-in refusals.
api-sign-in-bad-credentials = Le nom d’utilisateur, l’adresse e-mail ou le mot de passe est incorrect.
# $until: a date like "2026-12-04 13:05 UTC"; $reason: the moderator's words.
api-sign-in-suspended = Votre compte est suspendu jusqu’au { $until } : { $reason }

api-desk-staff-only = Le bureau est réservé aux agents d’assistance et aux administrateurs.
api-edit-own-posts-only = Vous ne pouvez modifier que vos propres publications.

# The answer to a moderator action: $action is the action's name (mod-action-*).
api-moderate-done = { $action } : c’est fait.
api-moderate-done-for = { $action } : c’est fait pour { $member }.
# An action whose name is unknown.

## error codes (already in en.ftl: skip when merging)

error-username-too-short = Utilisez au moins 3 caractères.
error-username-too-long = Utilisez au plus 32 caractères.
error-username-invalid-chars = Utilisez uniquement des lettres minuscules a–z, des chiffres, des tirets bas (_) et des traits d’union (-).
error-username-reserved = Ce nom est réservé. Veuillez en choisir un autre.
error-username-taken = Ce nom d’utilisateur est déjà pris.
error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.com.
error-email-too-long = Cette adresse e-mail est trop longue.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Essayez de vous connecter.
error-password-too-short = Utilisez au moins 10 caractères.
error-password-too-long = Utilisez au plus 256 caractères.
error-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
error-password-contains-username = Votre mot de passe ne doit pas contenir votre nom d’utilisateur.
error-password-incorrect = Ce n’est pas votre mot de passe actuel.
error-field-required = Ce champ est obligatoire.
error-role-unknown = Choisissez membre, agent ou administrateur.
error-title-too-short = Utilisez au moins 15 caractères, pour que chacun comprenne le problème d’un coup d’œil.
error-title-too-long = Utilisez au plus 150 caractères.
error-body-too-short = Utilisez au moins 30 caractères : décrivez ce que vous avez essayé et ce qui s’est passé.
error-body-too-long = Utilisez au plus 30 000 caractères.
error-comment-too-long = Utilisez au plus 600 caractères.
error-tags-required = Ajoutez au moins une étiquette.
error-tags-too-many = Utilisez au plus 5 étiquettes.
error-tag-invalid = Les étiquettes utilisent des lettres minuscules, des chiffres et - + # . (30 caractères au plus).
error-tag-unknown = Cette étiquette n’existe pas. Choisissez une étiquette existante.
error-tag-taken = Une étiquette porte déjà ce nom.
error-category-unknown = Choisissez une catégorie.
error-category-kind-not-accepted = Cette catégorie n’accepte pas ce type de publication. Choisissez une autre catégorie ou un autre type.
error-post-kind-unknown = Choisissez une question ou une discussion.
error-name-too-short = Utilisez au moins 2 caractères.
error-name-too-long = Utilisez au plus 50 caractères.
error-name-taken = Ce nom est déjà utilisé.
error-slug-invalid = Utilisez de 2 à 40 lettres minuscules a–z, chiffres et traits d’union.
error-slug-taken = Une autre catégorie utilise déjà cet identifiant d’URL.
error-color-invalid = Utilisez une couleur comme #2f7de1.
error-description-too-long = Utilisez au plus 500 caractères.
error-category-parent-invalid = Le parent d’une sous-catégorie doit être une catégorie de premier niveau autre qu’elle-même.
error-category-has-children = Cette catégorie a des sous-catégories, elle ne peut donc pas en devenir une.
error-category-visibility-unknown = Choisissez publique, réservée aux membres ou limitée à des groupes.
error-category-groups-required = Choisissez au moins un groupe autorisé à voir cette catégorie.
error-category-too-many-groups = Choisissez au plus 100 groupes.
error-group-unknown = Ce groupe n’existe pas.
error-category-not-empty = Déplacez ou supprimez d’abord ses publications et ses sous-catégories.
error-reason-too-long = Utilisez au plus 300 caractères.
error-post-locked = Cette question est verrouillée : elle n’accepte plus de nouvelles réponses ni de commentaires.
error-post-deleted = Cette publication a été supprimée.
error-post-has-answers = Une question qui a des réponses ne peut pas être supprimée par son auteur. Demandez à l’équipe d’assistance si elle doit disparaître.
error-revision-unknown = Cette révision n’existe pas.
error-revision-current = C’est le texte actuel du message : modifiez d’abord le message, puis caviardez cette révision.
error-revision-redacted = Cette révision a été caviardée : son texte n’existe plus.
error-post-nothing-changed = Rien n’a changé : modifiez le texte avant d’enregistrer.
error-tag-merge-same = Choisissez une autre étiquette dans laquelle fusionner.
error-member-unknown = Aucun membre n’a ce nom d’utilisateur.
error-number-out-of-range = Saisissez un nombre entier dans la plage autorisée.
error-level-first-zero = Le niveau 1 commence à 0 point de réputation.
error-level-ascending = Chaque niveau doit demander plus de réputation que le précédent.
error-post-not-an-answer = Seule une réponse à cette question peut être acceptée.
error-vote-invalid = Votez pour, contre, ou retirez votre vote.
error-name-invalid = Utilisez uniquement des lettres, des chiffres, des espaces et de la ponctuation.
error-bio-too-long = Utilisez au plus 2000 caractères.
error-location-too-long = Utilisez au plus 60 caractères.
error-website-invalid = Saisissez une adresse web commençant par https://, comme https://example.com.
error-language-unknown = Choisissez des langues dans la liste.
error-image-invalid = Téléversez une image PNG, JPEG, GIF ou WebP.
error-image-too-large = Téléversez une image de 5 Mo au plus.
error-image-too-many-pixels = Téléversez une image de 8192 × 8192 pixels au plus.
error-follow-target-unknown = Vous pouvez suivre une question, une catégorie ou une étiquette.
error-follow-level-unknown = Choisissez un niveau de notification dans la liste.
error-notification-kind-unknown = Choisissez des types de notification dans la liste.
error-search-query-too-long = Utilisez au plus 500 caractères : gardez les mots les plus importants.
error-search-page-out-of-range = Les résultats s’arrêtent à la page 50 : ajoutez des mots ou des filtres pour affiner la recherche.
error-search-filter-unknown = Choisissez une valeur dans la liste.
error-date-invalid = Saisissez une date comme 2024-01-31.
error-date-range-inverted = La date de fin doit être postérieure à la date de début.
error-content-blocked = Ce texte contient un mot que cette communauté n’autorise pas. Veuillez le reformuler.
error-content-too-many-links = Les nouveaux membres peuvent inclure au plus 2 liens dans une publication. Retirez des liens ou publiez-les plus tard.
error-content-new-member-limit = Les nouveaux membres peuvent publier 3 fois pendant leur première heure. Veuillez patienter un peu et réessayer.
error-member-silenced = Vous ne pouvez pas publier pour le moment : un modérateur a réduit votre compte au silence.
error-flag-reason-unknown = Choisissez pourquoi vous signalez cette publication.
error-flag-detail-required = Dites aux modérateurs ce qui ne va pas.
error-flag-duplicate-required = Indiquez le lien ou le numéro de la question d’origine.
error-flag-reputation = Il faut davantage de réputation pour signaler. Continuez à aider, cela viendra.
error-reason-required = Indiquez une raison : elle est inscrite dans le journal de modération.
error-duration-invalid = Indiquez une durée comme 3 jours, 12 heures ou 2 semaines (un an au plus).
error-question-unknown = Cette question n’existe pas. Indiquez son lien ou son numéro.
error-question-same = Choisissez une autre question que celle-ci.
error-agent-unknown = Choisissez un agent d’assistance.
error-message-too-long = Utilisez au plus 10 000 caractères.
error-url-invalid = Indiquez une adresse complète en http:// ou https://.
error-secret-too-short = Utilisez un secret d’au moins 16 caractères.
error-secret-too-long = Ce secret est trop long : collez seulement la clé elle-même.
error-url-private = Cette adresse est sur un réseau privé ou local. Indiquez une adresse publique, ou définissez ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sur le serveur.
error-secret-key-missing = Définissez ENTRAIDE_SECRET_KEY sur le serveur pour enregistrer des secrets.
error-word-invalid = Utilisez un mot ou une expression de 2 à 60 lettres, chiffres, espaces ou traits d’union.
error-word-action-unknown = Choisissez bloquer, retenir pour vérification ou signaler.
error-spam-domains-too-many = Indiquez au plus 1 000 domaines, un par ligne.
error-text-too-long = Ce texte est trop long.
error-status-unknown = Choisissez ouvert, en attente du membre ou résolu.
