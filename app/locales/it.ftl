# Italiano

## The language itself

language-name = Italiano
number-group-separator = .
number-decimal-separator = ,

## Dates

month-short-1 = gen
month-short-2 = feb
month-short-3 = mar
month-short-4 = apr
month-short-5 = mag
month-short-6 = giu
month-short-7 = lug
month-short-8 = ago
month-short-9 = set
month-short-10 = ott
month-short-11 = nov
month-short-12 = dic
date-medium = { $day } { $month } { $year }
test-count = { $n ->
    [one] { $n } elemento
   *[other] { $n } elementi
}


## ——— g0-translate ———

## Languages of posts, translations

lang-en = inglese
lang-fr = francese
lang-it = italiano
lang-es = spagnolo
lang-ru = russo
lang-de = tedesco
lang-pt = portoghese
lang-nl = olandese
translate-written-in = Scritto in { $language }
# $code is the language's code: "dall’inglese", "dal francese", "dallo spagnolo".
translate-translated-from = { $code ->
    [en] Tradotto dall’inglese
    [fr] Tradotto dal francese
    [it] Tradotto dall’italiano
    [es] Tradotto dallo spagnolo
    [ru] Tradotto dal russo
    [de] Tradotto dal tedesco
    [pt] Tradotto dal portoghese
    [nl] Tradotto dall’olandese
   *[other] Tradotto da: { $language }
}
translate-by-person = tradotto da { $name }
translate-by-machine = traduzione automatica di { $provider }
translate-provider-openai = un modello di IA
translate-button = Traduci
translate-show-original = Mostra l’originale
translate-working = Traduzione in corso…
translate-unavailable = La traduzione non è disponibile al momento
translate-change-language = Lingua sbagliata?
translate-language-label = Scritto in
translate-language-save = Salva la lingua
translate-language-saved = Lingua salvata.
translate-by-hand-link = Traducilo tu
translate-loading = Caricamento…
translate-page-title = Traduci un messaggio
translate-page-heading = Traduci questo messaggio
translate-page-intro = L’originale è in { $language }. La tua traduzione viene mostrata ai lettori di quella lingua, firmata con il tuo nome, al posto di una traduzione automatica.
translate-page-back = ← Torna al messaggio
translate-page-into = Traduci in
translate-page-choose = Scegli una lingua
translate-page-open = Apri
translate-page-original = Mostra il testo originale
translate-page-existing-human = Esiste una traduzione di { $name }: correggila qui sotto.
translate-page-existing-machine = Esiste una traduzione automatica: correggila qui sotto e diventerà tua.
translate-page-title-field = Titolo tradotto
translate-page-body-field = Testo tradotto
translate-page-save = Salva la traduzione
translate-page-cancel = Annulla
translation-admin-title = Traduzione
translation-admin-heading = Traduzione automatica
translation-admin-intro = I lettori possono tradurre i messaggi scritti in lingue che non leggono. Scegli il servizio che li traduce; le traduzioni vengono conservate, quindi ogni messaggio viene tradotto una sola volta per lingua e per modifica.
translation-admin-provider = Fornitore
translation-admin-provider-none = Nessuno (solo traduzioni scritte da persone)
translation-admin-provider-openai = Endpoint di chat compatibile con OpenAI
translation-admin-url = URL del servizio
translation-admin-url-hint = Ad esempio http://localhost:5000 (LibreTranslate), https://api-free.deepl.com (DeepL) o http://localhost:11434/v1 (compatibile con OpenAI). Gli indirizzi di questa macchina o di una rete privata (localhost, 10.x, 192.168.x) richiedono ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sul server.
translation-admin-key = Chiave API
translation-admin-key-kept = Una chiave è salvata: lascia vuoto per mantenerla.
translation-admin-key-none = Nessuna chiave salvata. LibreTranslate può farne a meno.
translation-admin-forget-key = Rimuovi la chiave salvata
translation-admin-model = Modello
translation-admin-model-hint = Solo per endpoint compatibili con OpenAI, ad es. gpt-4o-mini o llama3.1.
translation-admin-timeout = Timeout (secondi)
translation-admin-timeout-hint = Quanto attendere ogni tentativo, da 1 a 60.
translation-admin-retries = Nuovi tentativi
translation-admin-retries-hint = Tentativi aggiuntivi quando il servizio è occupato o non risponde, da 0 a 5.
translation-admin-budget-heading = Budget delle nuove traduzioni
translation-admin-budget-intro = Una traduzione già fatta viene mostrata di nuovo gratis; ogni nuova traduzione è una chiamata al fornitore. Oltre questi limiti orari, ai lettori viene chiesto di attendere.
translation-admin-budget-member = Per membro, all’ora
translation-admin-budget-ip = Per indirizzo di rete, all’ora
translation-admin-budget-global = Per tutta la comunità, all’ora
translation-admin-budget-hint = Nuove traduzioni automatiche, un numero intero da 1 a 1000000.
translation-admin-save = Salva le impostazioni di traduzione
translation-admin-saved = Impostazioni di traduzione salvate.
translation-admin-try-heading = Prova
translation-admin-try = Traduci una frase di esempio
translation-admin-try-ok = Il fornitore ha risposto: «{ $text }»
translation-admin-try-failed = Il fornitore non ha tradotto l’esempio: { $reason }
translation-admin-none-configured = Scegli prima un fornitore e salva.
translation-admin-sample = Ciao! Come possiamo aiutarti oggi?
header-admin-translation = Traduzione


## ——— g1-thread ———

## Question page (pages/thread.rs)

post-loading = Caricamento…
thread-no-answers = Ancora nessuna risposta
# Heading above the answers of a question.
thread-answers = { $n ->
    [one] { $n } risposta
   *[other] { $n } risposte
}
# A mark beside the link to the accepted answer.
thread-solved = Risolto
# Link to the accepted answer, below the question.
thread-solution = Soluzione
# Followed by a link to the original question.
thread-duplicate-banner = Questa domanda è già stata posta e ha già una risposta:
thread-breadcrumb = Percorso
thread-deleted = Questa domanda è stata eliminata. Solo il team di assistenza può vederla.
thread-locked = Questa discussione è bloccata: non accetta nuove risposte né commenti.
thread-pinned = Fissata
thread-featured = In evidenza
thread-assigned-to = Assegnata a { $name }
# "Asked", "Active", "Viewed": labels of the question's facts (a date, a date, a count).
thread-asked = Posta
thread-active = Attività
thread-viewed = Visualizzata
thread-view-count = { $n ->
    [one] { $n } volta
   *[other] { $n } volte
}
# Bar shown when answers arrived live: "3 new answers — show".
thread-new-answers = { $n ->
    [one] { $n } nuova risposta
   *[other] { $n } nuove risposte
}
# Button on the bar of live arrivals that shows them.
thread-new-bar-show = mostra
thread-related-questions = Domande correlate

## One post (question or answer) on the question page

post-done-deleted = Il post è stato eliminato.
post-done-restored = Il post è stato ripristinato.
post-done-rolled-back = Il post è stato riportato a una revisione precedente.
post-done-comment-deleted = Il commento è stato eliminato.
# After the author's name and before the date: "alice asked 2 hours ago".
post-asked = ha chiesto
# After the author's name and before the date: "alice answered 2 hours ago".
post-answered = ha risposto
# Accessible names of a post.
post-by-question = Domanda di { $name }
post-by-discussion = Discussione di { $name }
post-by-answer = Risposta di { $name }
# Link to the revision history, followed by the date of the edit.
post-edited = modificato
# After "edited <date>": who edited the post.
post-edited-by = da { $name }
post-deleted = Eliminato
post-hidden = Nascosto — solo il team di assistenza può vederlo
post-held = In attesa della revisione di un moderatore prima di essere visibile agli altri
# Shown to moderators after the "waiting for review" notice.
post-held-reason = — trattenuto: { $reason }
post-edit = Modifica
post-history = Cronologia
post-delete = Elimina
post-restore = Ripristina
# Post types, as badges.
post-kind-question = Domanda
post-kind-discussion = Discussione
post-kind-answer = Risposta
# Tooltip on a member's level: "Level 3 · Helper · 120 reputation".
post-author-level-title = Livello { $level } · { $name } · { $reputation } di reputazione
# Short level badge beside a member's name: "L3 Helper".
post-author-level-short = L{ $level } { $name }
post-avatar-alt = Avatar di { $name }

## Answers

answer-accepted-status = La risposta è stata accettata.
answer-acceptance-taken-back = L’accettazione è stata ritirata.
answer-verify-saved = Salvato.
answer-accepted = Risposta accettata
# After "Accepted answer": who accepted it.
answer-accepted-by = — accettata da { $name }
answer-verified = Verificata dall’assistenza
answer-take-back-acceptance = Ritira l’accettazione
answer-accept = Accetta questa risposta
answer-remove-verification = Rimuovi la verifica
answer-verify = Verifica
# "Sign in or create an account to answer this question.", built from four pieces (the first and third are links).
answer-signin = Accedi
answer-signin-or = o
answer-signup = crea un account
answer-signin-purpose = per rispondere a questa domanda.
answer-form-heading = Conosci la risposta? Condividila
answer-label = La tua risposta
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
answer-hint = Markdown: **grassetto**, `codice`, ```blocco di codice```, elenchi, link, tabelle. Almeno 30 caratteri.
answer-submit = Pubblica la tua risposta

## Comments

comment-list-question = Commenti a questa domanda
comment-list-answer = Commenti a questa risposta
# Opens the comment form.
comment-summary = Commenta
comment-label-question = Commenta questa domanda
comment-label-answer = Commenta questa risposta
comment-hint = Fino a 600 caratteri. Usa i commenti per chiedere dettagli o suggerire miglioramenti.
comment-add = Aggiungi un commento
comment-delete-label = Elimina commento
comment-delete = Elimina
comment-hidden = Nascosto

## Asking (pages/ask.rs)

ask-title = Fai una domanda
ask-search-lead = Inizia con qualche parola sul tuo problema: qualcuno potrebbe averlo già risolto.
ask-search-label = Con cosa hai bisogno di aiuto?
ask-search-submit = Nessuna di queste: fai una nuova domanda
ask-lead = Descrivi il problema in modo che anche chi non ha mai visto il tuo schermo possa aiutarti. Cerca prima: potrebbe essere già risolto.
# "Please follow our community guidelines.", in three pieces (the second is a link).
ask-guidelines-before = Rispetta le nostre
ask-guidelines-link = linee guida della community
ask-guidelines-after = .
ask-guidelines-intro = Benvenuto! Prima della tua prima domanda
# Legend of the choice between a question and a discussion.
ask-kind = Tipo
ask-kind-question = Domanda: ti serve una risposta a un problema.
ask-kind-discussion = Discussione: condividi un’idea o avvia una conversazione.
ask-category = Categoria
ask-category-choose = Scegli una categoria…
# Tooltip of a category: the post types it accepts ("question, discussion").
ask-category-accepts = Accetta: { $kinds }
ask-kind-name-question = domanda
ask-kind-name-discussion = discussione
ask-kind-name-answer = risposta
ask-title-label = Titolo
ask-title-hint = Da 15 a 150 caratteri. Sii preciso: “La sincronizzazione si blocca su Preparazione in Windows 11”.
ask-body-label = Testo
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
ask-body-hint = Markdown: **grassetto**, `codice`, ```blocco di codice```, elenchi, link, tabelle. Cosa hai provato? Cosa è successo?
ask-tags-label = Tag
# "windows sync" are example tags: keep them as they are.
ask-tags-hint-create = Da 1 a 5 tag separati da spazi o virgole, ad es. windows sync. I nuovi tag vengono creati automaticamente.
ask-tags-hint-existing = Da 1 a 5 tag esistenti separati da spazi o virgole, ad es. windows sync.
ask-submit = Pubblica la tua domanda

## Editing a post (pages/edit.rs)

edit-title = Modifica post
edit-heading-question = Modifica la tua domanda
edit-heading-answer = Modifica risposta
edit-title-label = Titolo
edit-body-label = Testo
edit-tags-label = Tag
edit-tags-hint = Da 1 a 5 tag separati da spazi.
edit-summary-label = Riepilogo della modifica
edit-summary-hint = Facoltativo: cosa hai cambiato, e perché?
edit-save = Salva le modifiche
edit-cancel = Annulla

## Revision history

history-title = Cronologia delle revisioni
history-roll-back = Torna alla revisione { $number }
history-revision = Revisione { $number }
# Followed by the changes to the title.
history-diff-title = Titolo:
# Followed by the changes to the tags.
history-diff-tags = Tag:
history-changes = Modifiche nella revisione { $number }
# In a diff: a run of lines that did not change, folded away.
history-collapsed = { $n ->
    [one] … { $n } riga invariata …
   *[other] … { $n } righe invariate …
}
history-line-added = Riga aggiunta
history-line-removed = Riga rimossa
history-line-unchanged = Riga invariata
history-redact = Oscura la revisione { $number }
# Label of the field where staff say why a revision is redacted.
history-redact-reason = Motivo dell’oscuramento
history-redacted = Questa revisione è stata oscurata.
history-redact-done = La revisione { $number } è stata oscurata.

## Votes

vote-own-post = Non puoi votare un tuo post.
vote-up = Voto positivo
vote-score = Punteggio
vote-down = Voto negativo

## Following (components/follow.rs)

follow-notify-topic = Avvisami per questa domanda
follow-notify-category = Avvisami per questa categoria
follow-notify-tag = Avvisami per questo tag
follow-following = Stai seguendo
follow-follow = Segui
# $level is one of the follow-level-* names.
follow-notifications = Notifiche: { $level }
follow-save = Salva
follow-level-every = Ogni post
follow-level-answers = Solo risposte
follow-level-solved = Quando è risolta
follow-level-normal = Non seguita
follow-level-muted = Silenziata
# What each level notifies about; "-topic" for a question, the others for a category or tag.
follow-describe-every-topic = Nuove risposte, commenti e quando viene risolta.
follow-describe-every = Nuove domande, risposte e commenti.
follow-describe-answers-topic = Nuove risposte e quando viene risolta.
follow-describe-answers = Nuove domande e risposte.
follow-describe-solved-topic = Solo quando viene risolta.
follow-describe-solved = Solo quando una domanda qui viene risolta.
follow-describe-normal = Solo quando qualcuno ti risponde o ti menziona.
follow-describe-muted = Niente, nemmeno le risposte al suo interno.

## Markdown editor

# Heading of the live preview of the text being typed.
editor-preview = Anteprima

## Similar questions

similar-questions = Domande simili
similar-empty = Le domande simili appaiono qui mentre scrivi il titolo.
similar-lead = Una di queste potrebbe già rispondere alla tua domanda.
similar-solved = Risolto
similar-stats = { $votes ->
    [one] { $votes } voto
   *[other] { $votes } voti
} · { $answers ->
    [one] { $answers } risposta
   *[other] { $answers } risposte
}
similar-solved-my-problem = Questo ha risolto il mio problema
# After a related question's title.
similar-related-answers = { $n ->
    [one] · { $n } risposta
   *[other] · { $n } risposte
}

## Asking support for help (components/escalate.rs)

escalate-conversation = Conversazione con l’assistenza
escalate-label = Con cosa hai bisogno di aiuto?
escalate-hint-asker = Solo tu e il team di assistenza vedete questa conversazione. Non condividere password.
escalate-hint-staff = Facoltativo: il membro riceve una notifica e vede per primo questo messaggio.
escalate-open = Ho bisogno dell’aiuto dell’assistenza
escalate-submit = Contatta l’assistenza

## Flagging a post or comment

flagdialog-thanks = Grazie — i moderatori lo esamineranno.
flagdialog-flag-comment = Segnala commento
flagdialog-flag = Segnala
flagdialog-title-comment = Segnala questo commento
flagdialog-title-post = Segnala questo post
flagdialog-reason = Qual è il problema?
flagdialog-duplicate-of = Domanda originale (link o numero)
flagdialog-detail-required = Spiega ai moderatori qual è il problema
flagdialog-detail-optional = Dettagli (facoltativo)
flagdialog-send = Invia segnalazione
flagdialog-cancel = Annulla

## The moderator's menu on a post

moderate-summary = Modera
moderate-action = Azione
# An action on a member, e.g. "Warn alice"; $action is a moderation action's name.
moderate-action-member = { $action } { $name }
moderate-reason = Motivo
moderate-category = Categoria
moderate-target = Altra domanda (link o numero)
moderate-assignee = Agente
moderate-assignee-placeholder = nome utente
# Followed by a duration such as "3 days".
moderate-duration = Per quanto tempo
moderate-apply = Applica

## Topic lists (components/topics.rs)

# Screen-reader note after a category's name.
topics-visibility-public = Pubblica
topics-visibility-members = Solo membri
topics-visibility-groups = Riservata ad alcuni gruppi
topics-tags = Tag
# After a number, in a question's statistics.
topics-votes-label = { $n ->
    [one] voto
   *[other] voti
}
topics-answers-label = { $n ->
    [one] risposta
   *[other] risposte
}
topics-views-label = { $n ->
    [one] visualizzazione
   *[other] visualizzazioni
}
topics-pinned-title = Fissata dai moderatori
topics-pinned = Fissata
topics-featured = In evidenza
topics-solved = Risolto
# Between the author's name and the date: "alice asked 2 hours ago".
topics-asked = ha chiesto
topics-empty = Ancora nessuna domanda qui.


## ——— g2-pages ———

## g2-pages: header, footer, language switcher, home, lists, search, profile,
## profile settings, sign in/up, leaderboard, badges, notifications, 404.

## Layout and footer

layout-skip-link = Vai al contenuto
# Followed by a link named "Entraide" (the product's name).
footer-powered-by = Realizzato con
# After "Powered by Entraide — ".
footer-tagline = una community di supporto in cui i clienti si aiutano a vicenda.

## Language switcher (header)

language-label = Lingua
language-change = Cambia lingua

## Header

header-nav-label = Principale
header-nav-home = Home
header-nav-questions = Domande
header-nav-tags = Tag
header-nav-leaderboard = Classifica
header-nav-badges = Badge
# The support staff's work queue.
header-nav-desk = Postazione
# The bell's accessible name when nothing is unread.
header-notifications = Notifiche
header-notifications-unread = { $n ->
    [one] Notifiche ({ $n } da leggere)
   *[other] Notifiche ({ $n } da leggere)
}
header-sign-in = Accedi
header-sign-up = Registrati
header-account-menu = Menu dell'account di { $name }
# Followed by the username in bold.
header-signed-in-as = Accesso effettuato come
header-your-profile = Il tuo profilo
header-edit-profile = Modifica profilo
header-notification-settings = Impostazioni delle notifiche
header-admin-members = Membri e ruoli
header-admin-categories = Categorie
header-admin-tags = Tag
header-admin-groups = Gruppi
header-admin-reputation = Reputazione
header-admin-webhooks = Webhook dell'helpdesk
header-admin-moderation = Regole di moderazione
header-admin-guidelines = Linee guida
header-sign-out = Esci
header-suggested-questions = Domande suggerite
header-solved = Risolto
header-all-results = Tutti i risultati
header-ask-question = Fai una domanda
header-search-label = Cerca
header-search-placeholder = Cerca tra le domande…
# A member's role, shown as a small badge.
header-role-member = Membro
header-role-agent = Agente
header-role-admin = Admin

## Home page

home-welcome = Benvenuto su { $name }. Fai una domanda, condividi ciò che sai e ricevi risposte da altri clienti e dal nostro team di supporto. Ogni domanda risolta aiuta la prossima persona che ha lo stesso problema.
home-join = Unisciti alla community
home-have-account = Ho già un account
home-description = Chiedi alla community: risposte di clienti e del team di supporto, consultabili da tutti.
home-heading = Come possiamo aiutarti?
home-loading = Caricamento…
home-how-it-works = Come funziona
home-step-search = Prima cerca.
home-step-search-detail = Qualcuno potrebbe averlo già risolto.
home-step-ask = Chiedi alla community.
home-step-ask-detail = Membri e agenti rispondono in tempo reale.
home-step-accept = Accetta la risposta migliore.
home-step-accept-detail = Viene fissata in cima per il prossimo lettore.
home-support-team = Il nostro team di supporto
home-member-count = { $n ->
    [one] Finora si è unito { $n } membro.
   *[other] Finora si sono uniti { $n } membri.
}
home-categories = Categorie
home-ask = Fai una domanda
home-col-category = Categoria
home-col-topics = Argomenti
home-col-posts = Messaggi
home-col-latest = Ultima attività
home-latest = Ultime domande
home-all-questions = Tutte le domande

## Question lists (all, a category's, a tag's)

questions-loading = Caricamento delle domande…
questions-category-description = Domande e discussioni in { $name }.
# The page title of a tag's list.
questions-tag-title = Domande con il tag { $tag }
questions-tag-heading = Tag “{ $tag }”
questions-tag-description = Domande con il tag { $tag }.
questions-all-title = Tutte le domande
questions-all-description = Tutte le domande poste nella community, prima quelle con l'attività più recente.
questions-ask = Fai una domanda
questions-subcategories = Sottocategorie
questions-sort-label = Ordina
questions-filter-label = Filtra
questions-pages = Pagine
questions-first-page = Prima pagina
questions-next-page = Pagina successiva
# The live bar above a list: "3 new questions — show".
questions-new-count = { $n ->
    [one] { $n } nuova domanda
   *[other] { $n } nuove domande
}
questions-sort-active = Attive
questions-sort-newest = Più recenti
questions-sort-unanswered = Senza risposta
questions-sort-votes = Più votate
questions-status-all = Tutte
questions-status-solved = Risolte
questions-status-unsolved = Non risolte
questions-status-unanswered = Nessuna risposta

## Tags page

tags-title = Tag
tags-description = Sfoglia le domande per tag: piattaforme, funzionalità e argomenti sull'account.
tags-loading = Caricamento…
tags-all = Tutti i tag
tags-other = Altri tag

## Search page

search-searching = Ricerca in corso…
search-title = Cerca
search-title-query = Ricerca: { $q }
search-correct-filters = Correggi i filtri evidenziati.
# Keep the search syntax (tag:, is:solved, user:) untranslated.
search-help = Scrivi cosa stai cercando: parole, "una frase esatta", -escluso, tag:nome, is:solved, user:nome.
search-no-results = Nessun risultato. Prova con meno parole o con parole diverse, oppure rimuovi un filtro.
search-results = { $n ->
    [one] { $n } risultato
   *[other] { $n } risultati
}
search-for = Cerca
search-filters = Filtri
search-category = Categoria
search-any-category = Qualsiasi categoria
search-tag = Tag
# Whether questions are solved.
search-state = Stato
search-state-any = Qualsiasi
search-state-solved = Risolte
search-state-unsolved = Non risolte
search-state-unanswered = Senza risposta
search-kind = Tipo
search-kind-all = Domande e risposte
search-kind-questions = Domande
search-kind-answers = Risposte
search-language = Lingua
search-any-language = Qualsiasi lingua
search-author = Autore
# Date range: from … to …
search-from = Dal
search-to = Al
search-submit = Cerca
search-sort-label = Ordina i risultati
search-sort-relevance = Pertinenza
search-sort-newest = Più recenti
search-sort-votes = Più votati
search-results-label = Risultati della ricerca
search-pages = Pagine dei risultati
search-previous = Precedente
search-next = Successiva
search-page-of = Pagina { $current } di { $pages }
# Followed by a link "Ask the community".
search-not-what-you-need = Non è quello che ti serve?
search-ask = Chiedi alla community
search-hit-accepted-answer = Risposta accettata
search-hit-answer = Risposta
search-hit-question = Domanda
# The accessible name of one result: its kind and title.
search-hit-label = { $kind }: { $title }
search-solved = Risolto
search-hit-votes = { $n ->
    [one] { $n } voto
   *[other] { $n } voti
}
search-hit-answers = { $n ->
    [one] { $n } risposta
   *[other] { $n } risposte
}
# Followed by the author's name.
search-hit-by = di

## Public profile

profile-loading = Caricamento…
profile-location = Località:
# The languages a member reads, e.g. "Reads English, Français".
profile-reads = Legge { $languages }
profile-description = Le domande e le risposte di { $name } nella community.
# The level's name is set by the administrators.
profile-level = Livello { $level } · { $name }
# Followed by a date.
profile-member-since = Membro dal
# Followed by a date.
profile-last-seen = ultimo accesso il
profile-reputation = Reputazione
profile-questions = Domande
profile-answers = Risposte
profile-accepted-answers = Risposte accettate
profile-votes-received = Voti ricevuti
profile-top-tags = Tag principali
profile-top-tag-stats = { $answers ->
    [one] { $answers } risposta · punteggio { $score }
   *[other] { $answers } risposte · punteggio { $score }
}
profile-no-questions = Ancora nessuna domanda.
profile-badges = Badge
profile-no-badges = Ancora nessun badge.
profile-badges-gold = Badge d'oro
profile-badges-silver = Badge d'argento
profile-badges-bronze = Badge di bronzo
# A badge earned for one tag, e.g. "Tag expert: android".
profile-badge-with-tag = { $name }: { $tag }
profile-all-badges = Tutti i badge
profile-reputation-history = Cronologia della reputazione
profile-no-reputation-events = Ancora nessun evento di reputazione.
profile-history-points = Punti
profile-history-event = Evento
profile-history-post = Messaggio
profile-history-when = Quando
profile-show-older = Mostra i precedenti

## Reputation history events

reputation-event-answer-upvoted = Voto positivo a una risposta
reputation-event-question-upvoted = Voto positivo a una domanda
reputation-event-post-downvoted = Voto negativo a un messaggio
reputation-event-downvote-cast = Voto negativo dato a una risposta
reputation-event-answer-accepted = Risposta accettata
reputation-event-accepted = Hai accettato una risposta
reputation-event-reversal = Annullato
reputation-event-other = Altro

## Profile settings

settings-profile-title = Modifica il tuo profilo
settings-loading = Caricamento…
settings-correct-fields = Correggi i campi indicati qui sotto.
# Followed by a link "your profile".
settings-visible-on = Tutti possono vedere queste informazioni sul
settings-your-profile = tuo profilo
# Follows the link "your profile": starts with the sentence's full stop.
settings-email-hidden = . Il tuo indirizzo email non viene mai mostrato.
settings-display-name = Nome visualizzato
settings-display-name-hint = Mostrato accanto al tuo nome utente. Fino a 50 caratteri.
settings-bio = Su di te
settings-bio-hint = Markdown, fino a 2.000 caratteri.
settings-location = Località
settings-website = Sito web
settings-website-hint = Un link che inizia con https://.
settings-languages = Lingue che leggi
settings-languages-hint = I messaggi in altre lingue avranno un pulsante Traduci.
settings-save-profile = Salva il profilo
settings-avatar-saved = La tua nuova immagine è stata salvata.
settings-avatar-removed = La tua immagine è stata rimossa.
settings-avatar-heading = Immagine del profilo
settings-avatar-new = Nuova immagine
settings-avatar-hint = PNG, JPEG, GIF o WebP, fino a 5 MB. Viene ritagliata in un quadrato.
settings-avatar-upload = Carica l'immagine
settings-avatar-remove = Rimuovi l'avatar
settings-account-link = Cambia la tua password
# /settings/account: changing one's password.
settings-account-title = Cambia la tua password
settings-account-lead = Cambiare la password chiude la sessione su tutti gli altri dispositivi; questo resta connesso.
settings-current-password = Password attuale
settings-new-password = Nuova password
settings-new-password-hint = Almeno 10 caratteri, non una password comune e senza il tuo nome utente.
settings-change-password = Cambia password
settings-password-changed = La tua password è stata cambiata. Tutte le altre sessioni sono state chiuse.
settings-account-back = Torna alle impostazioni del profilo
settings-language-heading = Lingua
settings-ui-language = Lingua dell'interfaccia
settings-ui-language-browser = Come il mio browser
settings-auto-translate = Traduci automaticamente i messaggi nelle lingue che non leggo
settings-save-language = Salva le impostazioni della lingua
settings-language-saved = Impostazioni della lingua salvate.

## Sign in and sign up

signin-title = Accedi
signin-description = Accedi per fare domande, rispondere e seguire le discussioni che ti interessano.
signin-lead = Bentornato. Accedi per fare domande, rispondere e seguire le domande.
signin-login = Nome utente o email
signin-password = Password
signin-submit = Accedi
# Followed by the link "Create an account".
signin-new-here = Sei nuovo?
signin-create-account = Crea un account
signup-title = Registrati
signup-description = Crea un account gratuito per chiedere alla community, condividere risposte e ottenere riconoscimenti.
signup-heading = Crea il tuo account
signup-lead = Unisciti alla community per fare domande, condividere risposte e seguire ciò che ti interessa.
signup-username = Nome utente
signup-username-hint = 3–32 caratteri: lettere minuscole, cifre, _ e -.
signup-email = Email
signup-email-hint = Mai mostrata agli altri membri.
signup-password = Password
signup-password-hint = Almeno 10 caratteri. Evita le password comuni.
signup-submit = Registrati
# Followed by the link "Sign in to your account".
signup-have-account = Hai già un account?
signup-sign-in = Accedi al tuo account

## Leaderboard

leaderboard-title = Classifica
leaderboard-description = I membri che hanno aiutato di più questa settimana, questo mese e di sempre.
leaderboard-loading = Caricamento…
leaderboard-period = Periodo
leaderboard-period-week = Questa settimana
leaderboard-period-month = Questo mese
leaderboard-period-all = Di sempre
# $period is one of the three leaderboard-caption-week/month/all phrases.
leaderboard-caption = Reputazione guadagnata { $period }
leaderboard-caption-category = Reputazione guadagnata { $period } in { $category }
leaderboard-caption-tag = Reputazione guadagnata { $period } nel tag { $tag }
leaderboard-caption-week = questa settimana
leaderboard-caption-month = questo mese
leaderboard-caption-all = da sempre
leaderboard-category = Categoria
leaderboard-all-categories = Tutte le categorie
leaderboard-tag = Tag
leaderboard-show = Mostra
leaderboard-empty = Nessuno ha ancora guadagnato reputazione qui in questo periodo.
leaderboard-rank = Posizione
leaderboard-member = Membro
leaderboard-gained = Guadagnata

## Badges page and badge catalogue

badges-title = Badge
badges-description = Tutti i badge che i membri possono ottenere e come ottenerli.
badges-intro = I badge vengono assegnati automaticamente quando l'aiuto di un membro soddisfa i criteri.
badges-loading = Caricamento…
badges-col-badge = Badge
badges-col-tier = Livello
badges-col-criteria = Criteri
badges-col-members = Membri
# Followed by the names of members who recently earned the badge.
badges-recently = di recente:
badges-list-separator = { ", " }
badge-tier-bronze = Bronzo
badge-tier-silver = Argento
badge-tier-gold = Oro
badge-name-first-question = Prima domanda
badge-criteria-first-question = Ha fatto una prima domanda.
badge-name-first-answer = Prima risposta
badge-criteria-first-answer = Ha risposto a una domanda per la prima volta.
badge-name-solver = Risolutore
badge-criteria-solver = Ha avuto una prima risposta accettata.
badge-name-commentator = Commentatore
badge-criteria-commentator = Ha lasciato 10 commenti.
badge-name-welcomer = Accogliente
badge-criteria-welcomer = Ha dato la prima risposta alla prima domanda di un nuovo membro.
badge-name-enthusiast = Appassionato
badge-criteria-enthusiast = Ha visitato la community per 7 giorni di fila.
badge-name-good-answer = Buona risposta
badge-criteria-good-answer = Una risposta ha raggiunto un punteggio di 10. Si ottiene una volta per risposta.
badge-name-popular-question = Domanda popolare
badge-criteria-popular-question = Una domanda è stata vista 1.000 volte. Si ottiene una volta per domanda.
badge-name-helper = Aiutante
badge-criteria-helper = Ha avuto 10 risposte accettate.
badge-name-great-answer = Ottima risposta
badge-criteria-great-answer = Una risposta ha raggiunto un punteggio di 25. Si ottiene una volta per risposta.
badge-name-verified = Verificato
badge-criteria-verified = Il team di supporto ha verificato una delle tue risposte.
# A badge earned once per tag.
badge-name-tag = Esperto del tag
badge-criteria-tag = Ha avuto 20 risposte accettate in domande con uno stesso tag. Si ottiene una volta per tag.
badge-name-expert = Esperto
badge-criteria-expert = Ha avuto 50 risposte accettate.

## Notifications

notifications-title = Notifiche
notifications-settings-link = Impostazioni
notifications-mark-all-read = Segna tutte come lette
notifications-loading = Caricamento…
notifications-nothing-unread = Niente da leggere.
notifications-unread = { $n ->
    [one] { $n } notifica da leggere.
   *[other] { $n } notifiche da leggere.
}
notifications-empty = Ancora nessuna notifica. Segui domande, categorie o tag per ricevere aggiornamenti.
notifications-pages = Pagine
notifications-newest = Più recenti
notifications-older = Meno recenti
# Read by screen readers after an unread notification.
notifications-unread-mark = (da leggere)
notifications-mark-read = Segna come letta
notifications-settings-title = Impostazioni delle notifiche
notifications-settings-intro = Scegli cosa arriva nella tua casella. La campanella mostra cosa non hai ancora letto.
notifications-settings-saved = Salvato.
notifications-settings-legend = Avvisami quando
notifications-settings-save = Salva
# The kinds of notification (settings checkboxes, after "Notify me when").
notification-kind-new-answer = Arriva una nuova risposta a una domanda che segui
notification-kind-new-comment = Arriva un nuovo commento in una discussione che segui da vicino
notification-kind-comment-on-post = Qualcuno commenta la tua domanda o risposta
notification-kind-mention = Qualcuno ti menziona (@nome)
notification-kind-accepted = La tua risposta viene accettata
notification-kind-solved = Una domanda che segui viene risolta
notification-kind-upvote = I tuoi messaggi ricevono voti positivi
notification-kind-badge = Ottieni un badge
notification-kind-new-question = Arriva una nuova domanda in una categoria o in un tag che segui
notification-kind-moderation = I moderatori ti scrivono (sempre attivo)
notification-kind-support = Il team di supporto risponde nelle tue conversazioni di supporto
# Inbox sentences. $actor is a username, $title a question's title.
# Stands for a member whose name is unknown.
notification-someone = Qualcuno
notification-text-new-answer = { $actor } ha risposto a “{ $title }”
notification-text-new-comment = { $actor } ha commentato “{ $title }”
notification-text-comment-on-question = { $actor } ha commentato la tua domanda in “{ $title }”
notification-text-comment-on-answer = { $actor } ha commentato la tua risposta in “{ $title }”
notification-text-mention = { $actor } ti ha menzionato in “{ $title }”
notification-text-accepted = { $actor } ha accettato la tua risposta a “{ $title }”
notification-text-solved = “{ $title }” è stata risolta
# $what is notification-text-upvote-what-question or -answer.
notification-text-upvote-one = { $actor } ha votato positivamente la tua { $what } in “{ $title }”
notification-text-upvote-two = { $actor } e un'altra persona hanno votato positivamente la tua { $what } in “{ $title }”
# $n is 3 or more.
notification-text-upvote-many = { $n } persone hanno votato positivamente la tua { $what } in “{ $title }”
notification-text-upvote-what-question = domanda
notification-text-upvote-what-answer = risposta
notification-text-badge = Hai ottenuto il badge “{ $badge }”
notification-notice-assigned = Ti è stata assegnata “{ $title }”: { $reason }
notification-notice-warned = Un moderatore ti ha avvisato: { $reason }
notification-notice-silenced = Non puoi pubblicare fino al { $until }: { $reason }
notification-notice-suspended = Il tuo account è sospeso fino al { $until }: { $reason }
notification-notice-lifted = Un moderatore ha rimosso le restrizioni dal tuo account: { $reason }
notification-notice-support-opened = L’assistenza ha aperto una conversazione con te su “{ $title }”
notification-notice-support-replied = L’assistenza ha risposto su “{ $title }”
notification-notice-support-resolved = L’assistenza ha segnato come risolta la tua conversazione su “{ $title }”
notification-text-new-question = { $actor } ha chiesto “{ $title }”

## Not found and error pages

notfound-title = Pagina non trovata
notfound-heading = Non abbiamo trovato questa pagina
notfound-text = Il link potrebbe essere errato, oppure la pagina è stata spostata o rimossa.
notfound-home = Torna alla home page
notfound-error-sign-in = Accedi
notfound-error-forbidden = Non consentito
notfound-error-not-found = Non trovato
notfound-error-other = Qualcosa è andato storto
notfound-sign-in = Accedi


## ——— g3-desk ———

## Desk, moderation log, moderation rules, guidelines, support, webhooks (g3-desk)

desk-title = Postazione
desk-loading = Caricamento…
desk-queues = Code
desk-summary-flags = Segnalazioni ({ $n })
desk-summary-held = In attesa di revisione ({ $n })
desk-summary-unanswered = Senza risposta ({ $n }, { $overdue } in ritardo)
desk-summary-escalations = Escalation ({ $n })
desk-summary-assigned = Assegnate a me ({ $n })
desk-empty-flags = Nessuna segnalazione aperta.
desk-empty-held = Niente in attesa di revisione.
desk-empty-unanswered = Ogni domanda ha una risposta.
desk-empty-escalations = Nessuna conversazione di assistenza aperta.
desk-empty-assigned = Non hai niente di assegnato.
desk-escalation-label = Escalation: { $title }
desk-escalation-meta = { $member } · { $status } · aggiornata
desk-claimed-by = Presa in carico da { $name }
desk-release = Rilascia
desk-claim = Prendi in carico
desk-reason = Motivo
desk-hide-post = Nascondi il post
desk-flagged-label = Segnalato: { $title }
desk-flag-count = { $n ->
    [one] { $n } segnalazione
   *[other] { $n } segnalazioni
}
desk-hidden = Nascosto
desk-by-excerpt = di { $author } — { $excerpt }
desk-auto-moderation = Moderazione automatica
desk-flag-on-comment = { $reason } (un commento)
desk-flag-entry = { $reason } — { $who }
desk-flag-entry-detail = { $reason } — { $who }: { $detail }
desk-flag-original = originale:
desk-decide-label = Decidi sulle segnalazioni di { $title }
desk-held-label = Trattenuto: { $title }
desk-held-why = Perché è stato trattenuto:
desk-review-label = Rivedi { $title }
desk-target = obiettivo { $n } h
desk-overdue = In ritardo
desk-question-meta = { $category } · chiesta da { $author } · in attesa da { $waited } ({ $target })
desk-assigned-to = Assegnata a { $name }

## Desk queues (headings; ids are queue-<name>)

queue-flags = Segnalazioni
queue-held = In attesa di revisione
queue-unanswered = Domande senza risposta
queue-escalations = Escalation
queue-assigned = Assegnate a me

## How long a question has waited (short units)

age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } g
age-days-hours = { $d } g { $h } h

## Moderation log

log-title = Registro di moderazione
log-back = Torna alla postazione
log-filter-label = Filtra il registro
log-agent = Agente
log-action = Azione
log-any-action = Qualsiasi azione
log-member = Membro
log-from = Dal
log-to = Al
log-filter = Filtra
log-empty = Nessuna azione corrispondente.
log-when = Quando
log-who = Chi
log-where = Dove
log-reason = Motivo
log-post = Post
log-pages = Pagine
log-older = Più vecchie
log-detail-revision = Revisione { $n }
log-detail-translations = Traduzione in { $languages }
log-detail-duplicate-of = Duplicato di #{ $id } «{ $title }»
log-detail-merged-into = Unito a #{ $id } «{ $title }»
log-detail-assigned-to = Assegnato a { $name }
log-detail-moved = Spostato da { $from } a { $to }
log-detail-already-in = Già in { $category }
log-detail-until = Fino al { $date }
log-detail-trusted-flags = { $n } segnalazioni da membri fidati; nascosto fino alla revisione
desk-held-translation = Traduzione in { $language }

## Moderator actions (ids are mod-action-<code>), as the log and menus name them

mod-action-hide = Nascondi
mod-action-unhide = Mostra di nuovo
mod-action-delete = Elimina
mod-action-restore = Ripristina
mod-action-edit = Modifica
mod-action-lock = Blocca la discussione
mod-action-unlock = Sblocca la discussione
mod-action-pin = Fissa
mod-action-unpin = Togli dai fissati
mod-action-feature = Metti in evidenza
mod-action-unfeature = Togli dall’evidenza
mod-action-move = Sposta
mod-action-close_duplicate = Chiudi come duplicato
mod-action-merge = Unisci
mod-action-assign = Assegna
mod-action-unassign = Rimuovi assegnazione
mod-action-warn = Avverti
mod-action-silence = Silenzia
mod-action-suspend = Sospendi
mod-action-lift = Revoca le sanzioni
mod-action-approve = Approva
mod-action-dismiss = Respingi le segnalazioni
mod-action-hold = Trattenuto per revisione
mod-action-flag = Segnalato
mod-action-redact = Oscura revisione

## Why a post is flagged (ids are flag-reason-<code>)

flag-reason-spam = Spam
flag-reason-rude = Scortese o offensivo
flag-reason-off_topic = Fuori tema
flag-reason-duplicate = Duplicato di un’altra domanda
flag-reason-needs_staff = Serve il team di assistenza
flag-reason-other = Altro

## Support conversation statuses (ids are escalation-status-<code>)

escalation-status-open = Aperta
escalation-status-waiting = In attesa del membro
escalation-status-resolved = Risolta

## Admin: moderation rules

modrules-saved = Impostazioni di moderazione salvate.
modrules-word-saved = Parola monitorata salvata.
modrules-word-removed = Parola monitorata rimossa.
modrules-target-saved = Obiettivo di risposta salvato.
modrules-title = Regole di moderazione
modrules-flags = Segnalazioni
modrules-flag-min-reputation = Reputazione necessaria per segnalare
modrules-flags-to-hide = Segnalazioni di membri affidabili che nascondono un post fino alla revisione
modrules-new-members = Nuovi membri
modrules-new-members-help = Un membro è nuovo finché la sua reputazione è sotto questa soglia o il suo account è più recente di così. I nuovi membri possono inserire al massimo 2 link in un post e pubblicare 3 volte nella loro prima ora.
modrules-new-reputation = Nuovo sotto questa reputazione
modrules-new-hours = Nuovo per queste ore dopo la registrazione
modrules-hold-first = Trattieni per revisione il primo post di ogni nuovo membro
modrules-spam = Spam
modrules-spam-domains = Domini di spam (uno per riga; sottodomini inclusi)
modrules-save = Salva le regole di moderazione
modrules-watched = Parole monitorate
modrules-watched-help = Cercate come parole intere nei nuovi post ("doc" non corrisponde mai a "documento"). Blocca rifiuta il post, trattieni lo tiene per la revisione, segnala lo pubblica con una segnalazione per gli agenti.
modrules-watched-empty = Nessuna parola monitorata.
modrules-does-block = blocca
modrules-does-hold = trattieni
modrules-does-flag = segnala
modrules-remove-label = Rimuovi { $word }
modrules-remove = Rimuovi
modrules-word = Parola o frase
modrules-word-action = Cosa fare
modrules-choose-block = Blocca il post
modrules-choose-hold = Trattieni per revisione
modrules-choose-flag = Segnala agli agenti
modrules-add-word = Aggiungi parola monitorata
modrules-targets = Obiettivi di tempo di risposta
modrules-targets-help = Entro quanto una domanda dovrebbe ricevere la prima risposta. Le domande senza risposta più vecchie risaltano nella postazione come in ritardo.
modrules-category = Categoria
modrules-target-hours = Obiettivo (ore, 0 per nessuno)
modrules-target-label = Obiettivo per { $name } in ore
modrules-save-target = Salva

## Community guidelines

guidelines-title = Linee guida della community
guidelines-edit-title = Modifica le linee guida
guidelines-saved = Linee guida salvate.
guidelines-shown-at = Markdown. Mostrate su
guidelines-shown-where = , collegate dal modulo per fare domande e mostrate a chi chiede per la prima volta.
guidelines-label = Linee guida
guidelines-save = Salva le linee guida

## Support conversation

support-title = Conversazione di assistenza
support-status-label = Stato
support-update-status = Aggiorna lo stato
support-mark-resolved = Segna come risolta
support-private-staff = Una conversazione privata con { $member }. Solo questa persona e il team di assistenza possono leggerla.
support-private-member = Una conversazione privata con il team di assistenza. Solo tu e il team di assistenza potete leggerla.
support-about = Riguardo alla domanda
support-status = Stato: { $status }
support-opened-by = Aperta da { $name }
support-messages = Messaggi
support-no-messages = Ancora nessun messaggio.
support-back = Torna alla domanda
support-message-from = Messaggio di { $author }
support-badge = Assistenza
support-your-message = Il tuo messaggio
support-hint = Puoi usare il Markdown: **grassetto**, `code`, elenchi, link.
support-send = Invia

## Admin: helpdesk webhook

webhooks-saved = Impostazioni del webhook salvate.
webhooks-test-queued = Consegna di prova in coda: viene inviata entro pochi secondi. Aggiorna per vedere com’è andata.
webhooks-title = Webhook dell’helpdesk
webhooks-secret-kept = Un segreto è impostato: lascia vuoto per mantenerlo
webhooks-no-secret = Nessun segreto ancora impostato
webhooks-intro-signed = Le escalation vengono inviate al tuo helpdesk come JSON firmato (POST). Ogni richiesta contiene
webhooks-intro-hmac = , l’HMAC-SHA256 di “<t>.<body>” con il segreto di firma, e
webhooks-intro-retries = per riconoscere una ripetizione. Le consegne non riuscite vengono ritentate dopo 30 s, 2 min, 10 min, 1 h e 6 h.
webhooks-url = URL del webhook
webhooks-url-hint = Un indirizzo completo http:// o https://. Lascia vuoto per disattivare i webhook. Gli indirizzi di questa macchina o di una rete privata (localhost, 10.x, 192.168.x) richiedono ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sul server.
webhooks-secret = Segreto di firma
webhooks-secret-hint = Almeno 16 caratteri, condiviso con l’helpdesk. Non viene più mostrato.
webhooks-save = Salva il webhook
webhooks-send-test = Invia una consegna di prova
webhooks-deliveries = Consegne
webhooks-refresh = Aggiorna
webhooks-latest = Le ultime { $n }, dalla più recente. Orari in UTC.
webhooks-empty = Ancora nessuna consegna.
webhooks-caption = Consegne del webhook, dalla più recente
webhooks-col-delivery = Consegna
webhooks-col-event = Evento
webhooks-col-status = Stato
webhooks-col-attempts = Tentativi
webhooks-col-last-http = Ultimo stato HTTP
webhooks-col-error = Errore
webhooks-col-created = Creata
webhooks-col-when = Consegnata o prossimo tentativo
webhooks-next = prossimo
webhooks-attempts = { $n } di { $max }
webhooks-status-pending = In attesa
webhooks-status-delivered = Consegnata
webhooks-status-failed = Non riuscita


## ——— g4-admin ———

## Admin pages (categories, tags, groups, members, reputation)

## Roles and category visibility (shared with other pages)

role-member = Membro
role-agent = Agente
role-admin = Amministratore
# Who may read a category
visibility-public = Pubblica
visibility-members = Solo membri
visibility-groups = Riservata ai gruppi

## Shared by the admin pages

# Hidden column header above the Edit/Delete buttons
admin-actions = Azioni
admin-edit = Modifica
admin-delete = Elimina
admin-name = Nome
admin-description = Descrizione
# Sort order of a category or tag group
admin-position = Posizione
admin-topics = Argomenti
# No group chosen
admin-none = Nessuno
# A group (of members or of tags), column header
admin-group = Gruppo

## /admin/categories

categories-title = Categorie
categories-loading = Caricamento delle categorie…
categories-created = Categoria “{ $name }” creata.
categories-saved = Categoria “{ $name }” salvata.
categories-deleted = Categoria eliminata.
categories-edit-heading = Modifica la categoria “{ $name }”
categories-new = Nuova categoria
categories-count = { $n ->
    [one] { $n } categoria
   *[other] { $n } categorie
}
categories-caption = Categorie, ciascuna seguita dalle sue sottocategorie
# The category's name in web addresses
categories-slug = Slug
categories-visibility = Visibilità
# Which post kinds a category accepts (questions, discussions)
categories-accepts = Accetta
categories-accepts-questions = Domande
categories-accepts-discussions = Discussioni
# $groups: the names of the groups, separated by commas
categories-restricted-to = Riservata ai gruppi: { $groups }
categories-new-instead = Crea invece una nuova categoria
categories-edit-label = Modifica la categoria { $name }
categories-delete-label = Elimina la categoria { $name }
categories-save = Salva la categoria
categories-create = Crea la categoria
categories-slug-hint = Nell’indirizzo: da 2 a 40 lettere minuscole, cifre e trattini.
categories-colour = Colore
categories-position-hint = I numeri più bassi vengono prima.
categories-parent = Categoria superiore
categories-parent-none = Nessuna (primo livello)
categories-visibility-hint = Solo membri: nascosta ai visitatori e ai motori di ricerca. Riservata: solo i gruppi scelti (e lo staff) possono leggerla.
categories-groups = Gruppi
# Followed by a link "Create a group"
categories-no-groups = Ancora nessun gruppo.
categories-create-group = Crea un gruppo

## /admin/tags

admintags-title = Tag
admintags-loading = Caricamento dei tag…
admintags-created = Tag “{ $name }” creato.
admintags-saved = Tag “{ $name }” salvato.
admintags-merged = Tag uniti.
admintags-deleted = Tag eliminato.
admintags-group-created = Gruppo di tag “{ $name }” creato.
admintags-group-deleted = Gruppo di tag eliminato; i suoi tag ora non sono raggruppati.
admintags-setting-on = Ora i membri possono creare nuovi tag.
admintags-setting-off = Ora solo agenti e amministratori possono creare nuovi tag.
admintags-edit-heading = Modifica il tag “{ $name }”
admintags-new = Nuovo tag
admintags-count = { $n ->
    [one] { $n } tag
   *[other] { $n } tag
}
admintags-caption = Tag, dai più usati
admintags-col-tag = Tag
# Column header: how many tags a tag group holds
admintags-col-tags = Tag
admintags-new-instead = Crea invece un nuovo tag
admintags-merge-heading = Unisci tag
admintags-merge-intro = Tutti gli argomenti del primo tag passano al secondo; il primo tag viene poi eliminato.
admintags-groups-heading = Gruppi di tag
admintags-no-groups = Ancora nessun gruppo di tag.
admintags-new-group = Nuovo gruppo di tag
admintags-settings-heading = Impostazioni dei tag
admintags-members-create = I membri possono creare nuovi tag
admintags-members-create-hint = Se disattivato, i membri scelgono tra i tag esistenti; agenti e amministratori possono sempre crearne.
admintags-save-setting = Salva l’impostazione
admintags-edit-label = Modifica il tag { $name }
admintags-delete-label = Elimina il tag { $name }
admintags-delete-group-label = Elimina il gruppo di tag { $name }
admintags-save = Salva il tag
admintags-create = Crea il tag
admintags-name = Nome del tag
# Keep the characters - + # . as they are
admintags-name-hint = Lettere minuscole, cifre e - + # . (al massimo 30 caratteri).
admintags-description = Descrizione del tag
admintags-group = Gruppo di tag
# Merge form: "Merge tag [A] Into tag [B]"
admintags-merge-from = Unisci il tag
admintags-merge-into = Nel tag
admintags-choose = Scegli un tag
admintags-merge = Unisci
admintags-group-name = Nome del gruppo di tag
admintags-create-group = Crea il gruppo di tag

## /admin/groups (groups of members)

groups-title = Gruppi
groups-loading = Caricamento dei gruppi…
groups-created = Gruppo “{ $name }” creato.
groups-deleted = Gruppo eliminato.
groups-member-added = { $username } aggiunto al gruppo.
groups-member-removed = Membro rimosso dal gruppo.
groups-count = { $n ->
    [one] { $n } gruppo
   *[other] { $n } gruppi
}
groups-intro = Le categorie riservate ai gruppi ammettono solo i loro membri (e lo staff).
groups-empty = Ancora nessun gruppo.
groups-members = Membri
groups-member-count = { $n ->
    [one] { $n } membro
   *[other] { $n } membri
}
groups-members-of = Membri di { $name }
groups-delete-label = Elimina il gruppo { $name }
groups-new = Nuovo gruppo
groups-name = Nome del gruppo
groups-create = Crea il gruppo
groups-nobody = Ancora nessuno in questo gruppo.
groups-close = Chiudi
groups-username = Nome utente
groups-username-hint = Aggiungi un membro tramite il suo nome utente.
groups-add-member = Aggiungi membro
groups-remove-label = Rimuovi { $username }
groups-remove = Rimuovi

## /admin/members

members-title = Membri
# $role: member, agent or admin
members-role-changed = { $username } ora è { $role ->
    [member] membro
    [agent] agente
   *[admin] amministratore
}.
members-loading = Caricamento dei membri…
members-accounts = { $n ->
    [one] { $n } account
   *[other] { $n } account
}
members-find-label = Trova un membro
members-find-placeholder = Cerca per nome utente o email
members-filter = Filtra
members-col-member = Membro
members-col-email = Email
# Date the account was created
members-col-joined = Iscrizione
members-col-role = Ruolo
members-next = Pagina successiva
members-role-for = Ruolo di { $username }
members-save-role-for = Salva il ruolo di { $username }
members-save = Salva

## /admin/reputation

adminrep-saved = Impostazioni della reputazione salvate.
adminrep-title = Reputazione e livelli
adminrep-loading = Caricamento…
# A points setting and its allowed range, e.g. "Answer upvoted (0 to 1000)"
adminrep-rule-field = { $label } (da { $min } a { $max })
adminrep-rule-answer-upvoted = Voto positivo a una risposta
adminrep-rule-question-upvoted = Voto positivo a una domanda
adminrep-rule-post-downvoted = Voto negativo a un post
adminrep-rule-downvote-cast = Dare un voto negativo a una risposta
adminrep-rule-answer-accepted = Risposta accettata (al suo autore)
adminrep-rule-accepter = Accettare una risposta (a chi ha chiesto)
adminrep-rule-downvote-min = Reputazione necessaria per votare negativamente
adminrep-rule-daily-cap = Limite giornaliero di punti dai voti
adminrep-level = Livello { $n }
adminrep-level-name = Nome del livello { $n }
adminrep-level-min = Reputazione per il livello { $n }
adminrep-intro = I punti vengono registrati nello storico di ogni membro man mano che gli eventi accadono; le modifiche valgono solo per i nuovi eventi.
adminrep-points = Punti
adminrep-levels = Livelli
adminrep-col-level = Livello
adminrep-col-starts = Inizia dalla reputazione
adminrep-save = Salva le impostazioni


## ——— g5-errors ———

## Errors returned by the server (g5-errors)

# AppError: what a failed request says.
apperror-invalid = Correggi i campi evidenziati.
apperror-not-signed-in = Accedi per continuare.
apperror-not-found = Questa pagina non esiste o non è più disponibile.
apperror-internal = Si è verificato un problema da parte nostra. Riprova tra un momento.
apperror-busy = Al momento siamo molto occupati. Riprova tra qualche secondo.
# $detail is a technical description (offline, server unreachable…), not translated.
apperror-transport = Impossibile completare la richiesta: { $detail }

# Why a permission was refused.
denied-not-signed-in = Accedi per farlo.
denied-forbidden = Non hai il permesso di farlo.
denied-own-role = Non puoi cambiare il tuo ruolo; chiedi a un altro amministratore.
denied-new-tag = I nuovi tag vengono creati dallo staff. Scegli tra i tag esistenti o chiedi a un agente di aggiungerne uno.
denied-has-answers = Una domanda con risposte non può essere eliminata dal suo autore. Chiedi allo staff di supporto se va rimossa.
denied-own-post = Non puoi votare un tuo post.
# $n: the reputation needed.
denied-downvote-reputation = { $n ->
    [one] Per votare negativamente serve { $n } punto
   *[other] Per votare negativamente servono { $n } punti
} di reputazione. Vota positivamente ciò che aiuta e commenta ciò che si potrebbe migliorare.
denied-flag-reputation = { $n ->
    [one] Per segnalare serve { $n } punto
   *[other] Per segnalare servono { $n } punti
} di reputazione. Continua ad aiutare e arriveranno.
denied-not-asker = Solo chi ha posto la domanda o lo staff di supporto può accettare una risposta.

# Rate limits. limit-minutes is inserted as $wait into the other messages
# ("please wait 5 minutes", "try again in 5 minutes").
limit-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
limit-write = Stai pubblicando più velocemente di quanto questa community consenta. Attendi { $wait } e riprova; ciò che hai scritto viene conservato.
limit-sign-in = Troppi tentativi di accesso non riusciti. Per la tua sicurezza, attendi { $wait } e riprova.
limit-sign-in-network = Troppi tentativi di accesso non riusciti dalla tua rete. Per la tua sicurezza, attendi { $wait } e riprova.
limit-sign-up = Di recente sono stati creati troppi account dalla tua rete. Riprova tra { $wait }.
limit-try-again = Troppe richieste. Riprova tra { $wait }.
limit-translate = Sono state richieste troppe nuove traduzioni di recente. Riprova tra { $wait }; le traduzioni già fatte restano leggibili.

# Sign-in refusals.
api-sign-in-bad-credentials = Nome utente, email o password non corretti.
# $until: a date like "2026-12-04 13:05 UTC"; $reason: the moderator's words.
api-sign-in-suspended = Il tuo account è sospeso fino al { $until }: { $reason }

api-desk-staff-only = La postazione è riservata agli agenti di supporto e agli amministratori.
api-edit-own-posts-only = Puoi modificare solo i tuoi post.

# The answer to a moderator action: $action is the action's name (mod-action-*).
api-moderate-done = { $action }: fatto.
api-moderate-done-for = { $action }: fatto per { $member }.
# An action whose name is unknown.

## error codes (already in en.ftl: skip when merging)

error-username-too-short = Usa almeno 3 caratteri.
error-username-too-long = Usa al massimo 32 caratteri.
error-username-invalid-chars = Usa solo lettere minuscole a–z, cifre, trattini bassi (_) e trattini (-).
error-username-reserved = Questo nome è riservato. Scegline un altro.
error-username-taken = Questo nome utente è già in uso.
error-email-invalid = Inserisci un indirizzo email come nome@esempio.com.
error-email-too-long = Questo indirizzo email è troppo lungo.
error-email-taken = Esiste già un account con questa email. Prova ad accedere.
error-password-too-short = Usa almeno 10 caratteri.
error-password-too-long = Usa al massimo 256 caratteri.
error-password-common = Questa password è troppo comune e facile da indovinare. Scegline un’altra.
error-password-contains-username = La password non deve contenere il tuo nome utente.
error-password-incorrect = Questa non è la tua password attuale.
error-field-required = Questo campo è obbligatorio.
error-role-unknown = Scegli membro, agente o amministratore.
error-title-too-short = Usa almeno 15 caratteri, così gli altri capiscono il problema a colpo d’occhio.
error-title-too-long = Usa al massimo 150 caratteri.
error-body-too-short = Usa almeno 30 caratteri: descrivi cosa hai provato e cosa è successo.
error-body-too-long = Usa al massimo 30.000 caratteri.
error-comment-too-long = Usa al massimo 600 caratteri.
error-tags-required = Aggiungi almeno un tag.
error-tags-too-many = Usa al massimo 5 tag.
error-tag-invalid = I tag usano lettere minuscole, cifre e - + # . (al massimo 30 caratteri).
error-tag-unknown = Questo tag non esiste. Scegli un tag esistente.
error-tag-taken = Esiste già un tag con questo nome.
error-category-unknown = Scegli una categoria.
error-category-kind-not-accepted = Questa categoria non accetta questo tipo di post. Scegli un’altra categoria o un altro tipo.
error-post-kind-unknown = Scegli una domanda o una discussione.
error-name-too-short = Usa almeno 2 caratteri.
error-name-too-long = Usa al massimo 50 caratteri.
error-name-taken = Questo nome è già in uso.
error-slug-invalid = Usa da 2 a 40 lettere minuscole a–z, cifre e trattini.
error-slug-taken = Un’altra categoria usa già questo slug.
error-color-invalid = Usa un colore come #2f7de1.
error-description-too-long = Usa al massimo 500 caratteri.
error-category-parent-invalid = La categoria madre di una sottocategoria deve essere una categoria di primo livello diversa da sé stessa.
error-category-has-children = Questa categoria ha delle sottocategorie, quindi non può diventarne una.
error-category-visibility-unknown = Scegli pubblica, solo membri o riservata a gruppi.
error-category-groups-required = Scegli almeno un gruppo che possa vedere questa categoria.
error-category-too-many-groups = Scegli al massimo 100 gruppi.
error-group-unknown = Questo gruppo non esiste.
error-category-not-empty = Prima sposta o elimina i suoi post e le sue sottocategorie.
error-reason-too-long = Usa al massimo 300 caratteri.
error-post-locked = Questa domanda è bloccata: non accetta nuove risposte né commenti.
error-post-deleted = Questo post è stato eliminato.
error-post-has-answers = Una domanda con risposte non può essere eliminata dal suo autore. Chiedi allo staff di supporto se va rimossa.
error-revision-unknown = Questa revisione non esiste.
error-revision-current = È il testo attuale del post: modifica prima il post, poi oscura questa revisione.
error-revision-redacted = Questa revisione è stata oscurata: il suo testo non esiste più.
error-post-nothing-changed = Non è cambiato nulla: modifica il testo prima di salvare.
error-tag-merge-same = Scegli un tag diverso in cui unirlo.
error-member-unknown = Nessun membro ha questo nome utente.
error-number-out-of-range = Inserisci un numero intero nell’intervallo consentito.
error-level-first-zero = Il livello 1 parte da 0 punti di reputazione.
error-level-ascending = Ogni livello richiede più reputazione del precedente.
error-post-not-an-answer = Si può accettare solo una risposta a questa domanda.
error-vote-invalid = Vota positivamente, negativamente o ritira il tuo voto.
error-name-invalid = Usa solo lettere, cifre, spazi e punteggiatura.
error-bio-too-long = Usa al massimo 2000 caratteri.
error-location-too-long = Usa al massimo 60 caratteri.
error-website-invalid = Inserisci un indirizzo web che inizi con https://, come https://example.com.
error-language-unknown = Scegli le lingue dall’elenco.
error-image-invalid = Carica un’immagine PNG, JPEG, GIF o WebP.
error-image-too-large = Carica un’immagine di al massimo 5 MB.
error-image-too-many-pixels = Carica un’immagine di al massimo 8192 × 8192 pixel.
error-follow-target-unknown = Puoi seguire una domanda, una categoria o un tag.
error-follow-level-unknown = Scegli un livello di notifica dall’elenco.
error-notification-kind-unknown = Scegli i tipi di notifica dall’elenco.
error-search-query-too-long = Usa al massimo 500 caratteri: tieni le parole più importanti.
error-search-page-out-of-range = I risultati si fermano alla pagina 50: aggiungi parole o filtri per restringere la ricerca.
error-search-filter-unknown = Scegli un valore dall’elenco.
error-date-invalid = Inserisci una data come 2024-01-31.
error-date-range-inverted = La data di fine deve essere successiva alla data di inizio.
error-content-blocked = Il testo contiene una parola non consentita in questa community. Riformulalo.
error-content-too-many-links = I nuovi membri possono includere al massimo 2 link in un post. Rimuovi qualche link o pubblicalo più tardi.
error-content-new-member-limit = I nuovi membri possono pubblicare 3 volte nella prima ora. Attendi un po’ e riprova.
error-member-silenced = Al momento non puoi pubblicare: un moderatore ha silenziato il tuo account.
error-flag-reason-unknown = Scegli perché stai segnalando questo post.
error-flag-detail-required = Spiega ai moderatori cosa non va.
error-flag-duplicate-required = Indica il link o il numero della domanda originale.
error-flag-reputation = Per segnalare serve più reputazione. Continua ad aiutare e arriverà.
error-reason-required = Indica un motivo: viene scritto nel registro di moderazione.
error-duration-invalid = Indica una durata come 3 giorni, 12 ore o 2 settimane (al massimo un anno).
error-question-unknown = Questa domanda non esiste. Indica il suo link o il suo numero.
error-question-same = Scegli una domanda diversa da questa.
error-agent-unknown = Scegli un agente di supporto.
error-message-too-long = Usa al massimo 10.000 caratteri.
error-url-invalid = Indica un indirizzo completo http:// o https://.
error-secret-too-short = Usa un segreto di almeno 16 caratteri.
error-secret-too-long = Questo segreto è troppo lungo: incolla solo la chiave.
error-url-private = Questo indirizzo è su una rete privata o locale. Indica un indirizzo pubblico, oppure imposta ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true sul server.
error-secret-key-missing = Imposta ENTRAIDE_SECRET_KEY sul server per salvare i segreti.
error-word-invalid = Usa una parola o frase da 2 a 60 lettere, cifre, spazi o trattini.
error-word-action-unknown = Scegli blocca, trattieni per revisione o segnala.
error-spam-domains-too-many = Elenca al massimo 1.000 domini, uno per riga.
error-text-too-long = Questo testo è troppo lungo.
error-status-unknown = Scegli aperto, in attesa del membro o risolto.
