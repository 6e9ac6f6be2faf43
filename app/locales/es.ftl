# Español

## The language itself

language-name = Español
number-group-separator = .
number-decimal-separator = ,

## Dates

month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
date-medium = { $day } { $month } { $year }
test-count = { $n ->
    [one] { $n } elemento
   *[other] { $n } elementos
}


## ——— g0-translate ———

## Languages of posts, translations

lang-en = inglés
lang-fr = francés
lang-it = italiano
lang-es = español
lang-ru = ruso
lang-de = alemán
lang-pt = portugués
lang-nl = neerlandés
translate-written-in = Escrito en { $language }
translate-translated-from = Traducido del { $language }
translate-by-person = traducido por { $name }
translate-by-machine = traducción automática de { $provider }
translate-provider-openai = un modelo de IA
translate-button = Traducir
translate-show-original = Mostrar original
translate-working = Traduciendo…
translate-unavailable = La traducción no está disponible en este momento
translate-change-language = ¿Idioma equivocado?
translate-language-label = Escrito en
translate-language-save = Guardar idioma
translate-language-saved = Idioma guardado.
translate-by-hand-link = Tradúcelo tú
translate-loading = Cargando…
translate-page-title = Traducir una publicación
translate-page-heading = Traducir esta publicación
translate-page-intro = El original está en { $language }. Tu traducción se muestra a los lectores de ese idioma, firmada con tu nombre, en lugar de una traducción automática.
translate-page-back = ← Volver a la publicación
translate-page-into = Traducir al
translate-page-choose = Elige un idioma
translate-page-open = Abrir
translate-page-original = Mostrar el texto original
translate-page-existing-human = Existe una traducción de { $name }: corrígela abajo.
translate-page-existing-machine = Existe una traducción automática: corrígela abajo y pasará a ser tuya.
translate-page-title-field = Título traducido
translate-page-body-field = Texto traducido
translate-page-save = Guardar traducción
translate-page-cancel = Cancelar
translation-admin-title = Traducción
translation-admin-heading = Traducción automática
translation-admin-intro = Los lectores pueden traducir publicaciones escritas en idiomas que no leen. Elige el servicio que las traduce; las traducciones se guardan, así que cada publicación se traduce una sola vez por idioma y por edición.
translation-admin-provider = Proveedor
translation-admin-provider-none = Ninguno (solo traducciones escritas por personas)
translation-admin-provider-openai = Endpoint de chat compatible con OpenAI
translation-admin-url = URL del servicio
translation-admin-url-hint = Por ejemplo http://localhost:5000 (LibreTranslate), https://api-free.deepl.com (DeepL) o http://localhost:11434/v1 (compatible con OpenAI). Las direcciones de esta máquina o de una red privada (localhost, 10.x, 192.168.x) requieren ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true en el servidor.
translation-admin-key = Clave de API
translation-admin-key-kept = Hay una clave guardada: déjalo en blanco para conservarla.
translation-admin-key-none = No hay ninguna clave guardada. LibreTranslate puede no necesitarla.
translation-admin-forget-key = Eliminar la clave guardada
translation-admin-model = Modelo
translation-admin-model-hint = Solo endpoints compatibles con OpenAI, p. ej. gpt-4o-mini o llama3.1.
translation-admin-timeout = Tiempo de espera (segundos)
translation-admin-timeout-hint = Cuánto esperar en cada intento, de 1 a 60.
translation-admin-retries = Reintentos
translation-admin-retries-hint = Intentos adicionales cuando el servicio está ocupado o caído, de 0 a 5.
translation-admin-budget-heading = Presupuesto de traducciones nuevas
translation-admin-budget-intro = Una traducción ya hecha se vuelve a mostrar gratis; cada traducción nueva es una llamada al proveedor. Más allá de estos límites por hora, se pide a los lectores que esperen.
translation-admin-budget-member = Por miembro, por hora
translation-admin-budget-ip = Por dirección de red, por hora
translation-admin-budget-global = Para toda la comunidad, por hora
translation-admin-budget-hint = Traducciones automáticas nuevas, un número entero de 1 a 1000000.
translation-admin-save = Guardar ajustes de traducción
translation-admin-saved = Ajustes de traducción guardados.
translation-admin-try-heading = Pruébalo
translation-admin-try = Traducir una frase de ejemplo
translation-admin-try-ok = El proveedor respondió: «{ $text }»
translation-admin-try-failed = El proveedor no tradujo el ejemplo: { $reason }
translation-admin-none-configured = Primero elige un proveedor y guarda.
translation-admin-sample = ¡Hola! ¿Cómo podemos ayudarte hoy?
header-admin-translation = Traducción


## ——— g1-thread ———

## Question page (pages/thread.rs)

post-loading = Cargando…
thread-no-answers = Aún no hay respuestas
# Heading above the answers of a question.
thread-answers = { $n ->
    [one] { $n } respuesta
   *[other] { $n } respuestas
}
# A mark beside the link to the accepted answer.
thread-solved = Resuelto
# Link to the accepted answer, below the question.
thread-solution = Solución
# Followed by a link to the original question.
thread-duplicate-banner = Esta pregunta ya se hizo antes y ya tiene respuesta:
thread-breadcrumb = Ruta de navegación
thread-deleted = Esta pregunta está eliminada. Solo el equipo de soporte puede verla.
thread-locked = Este hilo está bloqueado: no admite nuevas respuestas ni comentarios.
thread-pinned = Fijada
thread-featured = Destacada
thread-assigned-to = Asignada a { $name }
# "Asked", "Active", "Viewed": labels of the question's facts (a date, a date, a count).
thread-asked = Preguntada
thread-active = Actividad
thread-viewed = Vista
thread-view-count = { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
# Bar shown when answers arrived live: "3 new answers — show".
thread-new-answers = { $n ->
    [one] { $n } respuesta nueva
   *[other] { $n } respuestas nuevas
}
# Button on the bar of live arrivals that shows them.
thread-new-bar-show = mostrar
thread-related-questions = Preguntas relacionadas

## One post (question or answer) on the question page

post-done-deleted = La publicación se eliminó.
post-done-restored = La publicación se restauró.
post-done-rolled-back = La publicación volvió a una revisión anterior.
post-done-comment-deleted = El comentario se eliminó.
# After the author's name and before the date: "alice asked 2 hours ago".
post-asked = preguntó
# After the author's name and before the date: "alice answered 2 hours ago".
post-answered = respondió
# Accessible names of a post.
post-by-question = Pregunta de { $name }
post-by-discussion = Debate de { $name }
post-by-answer = Respuesta de { $name }
# Link to the revision history, followed by the date of the edit.
post-edited = editado
# After "edited <date>": who edited the post.
post-edited-by = por { $name }
post-deleted = Eliminado
post-hidden = Oculto — solo el equipo de soporte puede verlo
post-held = Esperando la revisión de un moderador antes de que otros puedan verlo
# Shown to moderators after the "waiting for review" notice.
post-held-reason = — retenido: { $reason }
post-edit = Editar
post-history = Historial
post-delete = Eliminar
post-restore = Restaurar
# Post types, as badges.
post-kind-question = Pregunta
post-kind-discussion = Debate
post-kind-answer = Respuesta
# Tooltip on a member's level: "Level 3 · Helper · 120 reputation".
post-author-level-title = Nivel { $level } · { $name } · { $reputation } de reputación
# Short level badge beside a member's name: "L3 Helper".
post-author-level-short = N{ $level } { $name }
post-avatar-alt = Avatar de { $name }

## Answers

answer-accepted-status = La respuesta está aceptada.
answer-acceptance-taken-back = Se retiró la aceptación.
answer-verify-saved = Guardado.
answer-accepted = Respuesta aceptada
# After "Accepted answer": who accepted it.
answer-accepted-by = — aceptada por { $name }
answer-verified = Verificada por soporte
answer-take-back-acceptance = Retirar la aceptación
answer-accept = Aceptar esta respuesta
answer-remove-verification = Quitar la verificación
answer-verify = Verificar
# "Sign in or create an account to answer this question.", built from four pieces (the first and third are links).
answer-signin = Inicia sesión
answer-signin-or = o
answer-signup = crea una cuenta
answer-signin-purpose = para responder a esta pregunta.
answer-form-heading = ¿Sabes la respuesta? Compártela
answer-label = Tu respuesta
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
answer-hint = Markdown: **negrita**, `código`, ```bloque de código```, listas, enlaces, tablas. Al menos 30 caracteres.
answer-submit = Publicar tu respuesta

## Comments

comment-list-question = Comentarios sobre esta pregunta
comment-list-answer = Comentarios sobre esta respuesta
# Opens the comment form.
comment-summary = Comentar
comment-label-question = Comentar esta pregunta
comment-label-answer = Comentar esta respuesta
comment-hint = Hasta 600 caracteres. Usa los comentarios para pedir detalles o sugerir mejoras.
comment-add = Añadir un comentario
comment-delete-label = Eliminar comentario
comment-delete = Eliminar
comment-hidden = Oculto

## Asking (pages/ask.rs)

ask-title = Hacer una pregunta
ask-search-lead = Empieza con unas palabras sobre tu problema: puede que alguien ya lo haya resuelto.
ask-search-label = ¿Con qué necesitas ayuda?
ask-search-submit = Ninguna de estas: hacer una pregunta nueva
ask-lead = Describe tu problema para que alguien que nunca ha visto tu pantalla pueda ayudarte. Busca primero: puede que ya esté resuelto.
# "Please follow our community guidelines.", in three pieces (the second is a link).
ask-guidelines-before = Sigue nuestras
ask-guidelines-link = normas de la comunidad
ask-guidelines-after = .
ask-guidelines-intro = ¡Bienvenido! Antes de tu primera pregunta
# Legend of the choice between a question and a discussion.
ask-kind = Tipo
ask-kind-question = Pregunta: necesitas una respuesta a un problema.
ask-kind-discussion = Debate: comparte una idea o inicia una conversación.
ask-category = Categoría
ask-category-choose = Elige una categoría…
# Tooltip of a category: the post types it accepts ("question, discussion").
ask-category-accepts = Admite: { $kinds }
ask-kind-name-question = pregunta
ask-kind-name-discussion = debate
ask-kind-name-answer = respuesta
ask-title-label = Título
ask-title-hint = De 15 a 150 caracteres. Sé concreto: «La sincronización se queda en Preparando en Windows 11».
ask-body-label = Texto
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
ask-body-hint = Markdown: **negrita**, `código`, ```bloque de código```, listas, enlaces, tablas. ¿Qué has probado? ¿Qué ha pasado?
ask-tags-label = Etiquetas
# "windows sync" are example tags: keep them as they are.
ask-tags-hint-create = De 1 a 5 etiquetas separadas por espacios o comas, p. ej. windows sync. Las etiquetas nuevas se crean automáticamente.
ask-tags-hint-existing = De 1 a 5 etiquetas existentes separadas por espacios o comas, p. ej. windows sync.
ask-submit = Publicar tu pregunta

## Editing a post (pages/edit.rs)

edit-title = Editar publicación
edit-heading-question = Editar tu pregunta
edit-heading-answer = Editar respuesta
edit-title-label = Título
edit-body-label = Texto
edit-tags-label = Etiquetas
edit-tags-hint = De 1 a 5 etiquetas separadas por espacios.
edit-summary-label = Resumen de la edición
edit-summary-hint = Opcional: ¿qué has cambiado y por qué?
edit-save = Guardar cambios
edit-cancel = Cancelar

## Revision history

history-title = Historial de revisiones
history-roll-back = Volver a la revisión { $number }
history-revision = Revisión { $number }
# Followed by the changes to the title.
history-diff-title = Título:
# Followed by the changes to the tags.
history-diff-tags = Etiquetas:
history-changes = Cambios en la revisión { $number }
# In a diff: a run of lines that did not change, folded away.
history-collapsed = { $n ->
    [one] … { $n } línea sin cambios …
   *[other] … { $n } líneas sin cambios …
}
history-line-added = Línea añadida
history-line-removed = Línea eliminada
history-line-unchanged = Línea sin cambios
history-redact = Censurar la revisión { $number }
# Label of the field where staff say why a revision is redacted.
history-redact-reason = Motivo de la censura
history-redacted = Esta revisión fue censurada.
history-redact-done = La revisión { $number } fue censurada.

## Votes

vote-own-post = No puedes votar tu propia publicación.
vote-up = Votar a favor
vote-score = Puntuación
vote-down = Votar en contra

## Following (components/follow.rs)

follow-notify-topic = Avisarme sobre esta pregunta
follow-notify-category = Avisarme sobre esta categoría
follow-notify-tag = Avisarme sobre esta etiqueta
follow-following = Siguiendo
follow-follow = Seguir
# $level is one of the follow-level-* names.
follow-notifications = Notificaciones: { $level }
follow-save = Guardar
follow-level-every = Cada publicación
follow-level-answers = Solo respuestas
follow-level-solved = Al resolverse
follow-level-normal = Sin seguir
follow-level-muted = Silenciado
# What each level notifies about; "-topic" for a question, the others for a category or tag.
follow-describe-every-topic = Respuestas y comentarios nuevos, y cuando se resuelva.
follow-describe-every = Preguntas, respuestas y comentarios nuevos.
follow-describe-answers-topic = Respuestas nuevas, y cuando se resuelva.
follow-describe-answers = Preguntas y respuestas nuevas.
follow-describe-solved-topic = Solo cuando se resuelva.
follow-describe-solved = Solo cuando se resuelva una pregunta de aquí.
follow-describe-normal = Solo cuando alguien te responda o te mencione.
follow-describe-muted = Nada, ni siquiera las respuestas dentro.

## Markdown editor

# Heading of the live preview of the text being typed.
editor-preview = Vista previa

## Similar questions

similar-questions = Preguntas similares
similar-empty = Aquí aparecen preguntas similares mientras escribes el título.
similar-lead = Puede que una de estas ya responda a tu duda.
similar-solved = Resuelto
similar-stats = { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
} · { $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
}
similar-solved-my-problem = Esto resolvió mi problema
# After a related question's title.
similar-related-answers = { $n ->
    [one] · { $n } respuesta
   *[other] · { $n } respuestas
}

## Asking support for help (components/escalate.rs)

escalate-conversation = Conversación con soporte
escalate-label = ¿Con qué necesitas ayuda?
escalate-hint-asker = Esta conversación solo es visible para ti y para el equipo de soporte. No compartas contraseñas.
escalate-hint-staff = Opcional: el miembro recibe un aviso y ve este mensaje primero.
escalate-open = Necesito ayuda de soporte
escalate-submit = Contactar con soporte

## Flagging a post or comment

flagdialog-thanks = Gracias — los moderadores lo revisarán.
flagdialog-flag-comment = Denunciar comentario
flagdialog-flag = Denunciar
flagdialog-title-comment = Denunciar este comentario
flagdialog-title-post = Denunciar esta publicación
flagdialog-reason = ¿Qué problema tiene?
flagdialog-duplicate-of = Pregunta original (enlace o número)
flagdialog-detail-required = Explica a los moderadores qué pasa
flagdialog-detail-optional = Detalles (opcional)
flagdialog-send = Enviar denuncia
flagdialog-cancel = Cancelar

## The moderator's menu on a post

moderate-summary = Moderar
moderate-action = Acción
# An action on a member, e.g. "Warn alice"; $action is a moderation action's name.
moderate-action-member = { $action } a { $name }
moderate-reason = Motivo
moderate-category = Categoría
moderate-target = Otra pregunta (enlace o número)
moderate-assignee = Agente
moderate-assignee-placeholder = nombre de usuario
# Followed by a duration such as "3 days".
moderate-duration = Durante cuánto tiempo
moderate-apply = Aplicar

## Topic lists (components/topics.rs)

# Screen-reader note after a category's name.
topics-visibility-public = Pública
topics-visibility-members = Solo miembros
topics-visibility-groups = Restringida a grupos
topics-tags = Etiquetas
# After a number, in a question's statistics.
topics-votes-label = { $n ->
    [one] voto
   *[other] votos
}
topics-answers-label = { $n ->
    [one] respuesta
   *[other] respuestas
}
topics-views-label = { $n ->
    [one] vista
   *[other] vistas
}
topics-pinned-title = Fijada por los moderadores
topics-pinned = Fijada
topics-featured = Destacada
topics-solved = Resuelto
# Between the author's name and the date: "alice asked 2 hours ago".
topics-asked = preguntó
topics-empty = Aún no hay preguntas aquí.


## ——— g2-pages ———

## g2-pages: header, footer, language switcher, home, lists, search, profile,
## profile settings, sign in/up, leaderboard, badges, notifications, 404.

## Layout and footer

layout-skip-link = Saltar al contenido
# Followed by a link named "Entraide" (the product's name).
footer-powered-by = Funciona con
# After "Powered by Entraide — ".
footer-tagline = una comunidad de soporte donde los clientes se ayudan entre sí.

## Language switcher (header)

language-label = Idioma
language-change = Cambiar idioma

## Header

header-nav-label = Principal
header-nav-home = Inicio
header-nav-questions = Preguntas
header-nav-tags = Etiquetas
header-nav-leaderboard = Clasificación
header-nav-badges = Insignias
# The support staff's work queue.
header-nav-desk = Mesa
# The bell's accessible name when nothing is unread.
header-notifications = Notificaciones
header-notifications-unread = { $n ->
    [one] Notificaciones ({ $n } sin leer)
   *[other] Notificaciones ({ $n } sin leer)
}
header-sign-in = Iniciar sesión
header-sign-up = Registrarse
header-account-menu = Menú de la cuenta de { $name }
# Followed by the username in bold.
header-signed-in-as = Sesión iniciada como
header-your-profile = Tu perfil
header-edit-profile = Editar perfil
header-notification-settings = Ajustes de notificaciones
header-admin-members = Miembros y roles
header-admin-categories = Categorías
header-admin-tags = Etiquetas
header-admin-groups = Grupos
header-admin-reputation = Reputación
header-admin-webhooks = Webhook del servicio de ayuda
header-admin-moderation = Reglas de moderación
header-admin-guidelines = Normas de la comunidad
header-sign-out = Cerrar sesión
header-suggested-questions = Preguntas sugeridas
header-solved = Resuelta
header-all-results = Todos los resultados
header-ask-question = Haz una pregunta
header-search-label = Buscar
header-search-placeholder = Buscar preguntas…
# A member's role, shown as a small badge.
header-role-member = Miembro
header-role-agent = Agente
header-role-admin = Admin

## Home page

home-welcome = Te damos la bienvenida a { $name }. Haz una pregunta, comparte lo que sabes y recibe respuestas de otros clientes y de nuestro equipo de soporte. Cada pregunta resuelta ayuda a la próxima persona que tenga el mismo problema.
home-join = Únete a la comunidad
home-have-account = Ya tengo una cuenta
home-description = Pregunta a la comunidad: respuestas de clientes y del equipo de soporte, que todos pueden buscar.
home-heading = ¿Cómo podemos ayudarte?
home-loading = Cargando…
home-how-it-works = Cómo funciona
home-step-search = Busca primero.
home-step-search-detail = Puede que alguien ya lo haya resuelto.
home-step-ask = Pregunta a la comunidad.
home-step-ask-detail = Miembros y agentes responden en directo.
home-step-accept = Acepta la mejor respuesta.
home-step-accept-detail = Queda fijada arriba para el próximo lector.
home-support-team = Nuestro equipo de soporte
home-member-count = { $n ->
    [one] Hasta ahora se ha unido { $n } miembro.
   *[other] Hasta ahora se han unido { $n } miembros.
}
home-categories = Categorías
home-ask = Haz una pregunta
home-col-category = Categoría
home-col-topics = Temas
home-col-posts = Mensajes
home-col-latest = Última actividad
home-latest = Últimas preguntas
home-all-questions = Todas las preguntas

## Question lists (all, a category's, a tag's)

questions-loading = Cargando preguntas…
questions-category-description = Preguntas y debates en { $name }.
# The page title of a tag's list.
questions-tag-title = Preguntas con la etiqueta { $tag }
questions-tag-heading = Etiqueta “{ $tag }”
questions-tag-description = Preguntas con la etiqueta { $tag }.
questions-all-title = Todas las preguntas
questions-all-description = Todas las preguntas de la comunidad, primero las de actividad más reciente.
questions-ask = Haz una pregunta
questions-subcategories = Subcategorías
questions-sort-label = Ordenar
questions-filter-label = Filtrar
questions-pages = Páginas
questions-first-page = Primera página
questions-next-page = Página siguiente
# The live bar above a list: "3 new questions — show".
questions-new-count = { $n ->
    [one] { $n } pregunta nueva
   *[other] { $n } preguntas nuevas
}
questions-sort-active = Activas
questions-sort-newest = Más recientes
questions-sort-unanswered = Sin responder
questions-sort-votes = Más votadas
questions-status-all = Todas
questions-status-solved = Resueltas
questions-status-unsolved = Sin resolver
questions-status-unanswered = Sin respuestas

## Tags page

tags-title = Etiquetas
tags-description = Explora las preguntas por etiqueta: plataformas, funciones y temas de cuenta.
tags-loading = Cargando…
tags-all = Todas las etiquetas
tags-other = Otras etiquetas

## Search page

search-searching = Buscando…
search-title = Buscar
search-title-query = Búsqueda: { $q }
search-correct-filters = Corrige los filtros marcados.
# Keep the search syntax (tag:, is:solved, user:) untranslated.
search-help = Escribe lo que buscas: palabras, "una frase exacta", -excluida, tag:nombre, is:solved, user:nombre.
search-no-results = No hay resultados. Prueba con menos palabras o con otras, o quita un filtro.
search-results = { $n ->
    [one] { $n } resultado
   *[other] { $n } resultados
}
search-for = Buscar
search-filters = Filtros
search-category = Categoría
search-any-category = Cualquier categoría
search-tag = Etiqueta
# Whether questions are solved.
search-state = Estado
search-state-any = Cualquiera
search-state-solved = Resueltas
search-state-unsolved = Sin resolver
search-state-unanswered = Sin responder
search-kind = Tipo
search-kind-all = Preguntas y respuestas
search-kind-questions = Preguntas
search-kind-answers = Respuestas
search-language = Idioma
search-any-language = Cualquier idioma
search-author = Autor
# Date range: from … to …
search-from = Desde
search-to = Hasta
search-submit = Buscar
search-sort-label = Ordenar resultados
search-sort-relevance = Relevancia
search-sort-newest = Más recientes
search-sort-votes = Más votados
search-results-label = Resultados de la búsqueda
search-pages = Páginas de resultados
search-previous = Anterior
search-next = Siguiente
search-page-of = Página { $current } de { $pages }
# Followed by a link "Ask the community".
search-not-what-you-need = ¿No es lo que necesitas?
search-ask = Pregunta a la comunidad
search-hit-accepted-answer = Respuesta aceptada
search-hit-answer = Respuesta
search-hit-question = Pregunta
# The accessible name of one result: its kind and title.
search-hit-label = { $kind }: { $title }
search-solved = Resuelta
search-hit-votes = { $n ->
    [one] { $n } voto
   *[other] { $n } votos
}
search-hit-answers = { $n ->
    [one] { $n } respuesta
   *[other] { $n } respuestas
}
# Followed by the author's name.
search-hit-by = por

## Public profile

profile-loading = Cargando…
profile-location = Ubicación:
# The languages a member reads, e.g. "Reads English, Français".
profile-reads = Lee { $languages }
profile-description = Las preguntas y respuestas de { $name } en la comunidad.
# The level's name is set by the administrators.
profile-level = Nivel { $level } · { $name }
# Followed by a date.
profile-member-since = Miembro desde el
# Followed by a date.
profile-last-seen = visto por última vez el
profile-reputation = Reputación
profile-questions = Preguntas
profile-answers = Respuestas
profile-accepted-answers = Respuestas aceptadas
profile-votes-received = Votos recibidos
profile-top-tags = Etiquetas principales
profile-top-tag-stats = { $answers ->
    [one] { $answers } respuesta · puntuación { $score }
   *[other] { $answers } respuestas · puntuación { $score }
}
profile-no-questions = Todavía no hay preguntas.
profile-badges = Insignias
profile-no-badges = Todavía no hay insignias.
profile-badges-gold = Insignias de oro
profile-badges-silver = Insignias de plata
profile-badges-bronze = Insignias de bronce
# A badge earned for one tag, e.g. "Tag expert: android".
profile-badge-with-tag = { $name }: { $tag }
profile-all-badges = Todas las insignias
profile-reputation-history = Historial de reputación
profile-no-reputation-events = Todavía no hay eventos de reputación.
profile-history-points = Puntos
profile-history-event = Evento
profile-history-post = Mensaje
profile-history-when = Cuándo
profile-show-older = Mostrar anteriores

## Reputation history events

reputation-event-answer-upvoted = Voto positivo a una respuesta
reputation-event-question-upvoted = Voto positivo a una pregunta
reputation-event-post-downvoted = Voto negativo a un mensaje
reputation-event-downvote-cast = Votaste en contra de una respuesta
reputation-event-answer-accepted = Respuesta aceptada
reputation-event-accepted = Aceptaste una respuesta
reputation-event-reversal = Anulado
reputation-event-other = Otro

## Profile settings

settings-profile-title = Edita tu perfil
settings-loading = Cargando…
settings-correct-fields = Corrige los campos marcados abajo.
# Followed by a link "your profile".
settings-visible-on = Todos pueden ver esto en
settings-your-profile = tu perfil
# Follows the link "your profile": starts with the sentence's full stop.
settings-email-hidden = . Tu dirección de correo nunca se muestra.
settings-display-name = Nombre visible
settings-display-name-hint = Se muestra junto a tu nombre de usuario. Hasta 50 caracteres.
settings-bio = Sobre ti
settings-bio-hint = Markdown, hasta 2000 caracteres.
settings-location = Ubicación
settings-website = Sitio web
settings-website-hint = Un enlace que empiece por https://.
settings-languages = Idiomas que lees
settings-languages-hint = Los mensajes en otros idiomas tendrán un botón Traducir.
settings-save-profile = Guardar perfil
settings-avatar-saved = Tu nueva imagen se ha guardado.
settings-avatar-removed = Tu imagen se ha eliminado.
settings-avatar-heading = Imagen de perfil
settings-avatar-new = Nueva imagen
settings-avatar-hint = PNG, JPEG, GIF o WebP, hasta 5 MB. Se recorta en forma cuadrada.
settings-avatar-upload = Subir imagen
settings-avatar-remove = Quitar avatar
settings-account-link = Cambiar tu contraseña
# /settings/account: changing one's password.
settings-account-title = Cambiar tu contraseña
settings-account-lead = Al cambiar tu contraseña se cierra la sesión en todos tus otros dispositivos; este sigue conectado.
settings-current-password = Contraseña actual
settings-new-password = Nueva contraseña
settings-new-password-hint = Al menos 10 caracteres, que no sea una contraseña común y sin tu nombre de usuario.
settings-change-password = Cambiar contraseña
settings-password-changed = Tu contraseña se ha cambiado. Se ha cerrado el resto de sesiones.
settings-account-back = Volver a la configuración del perfil
settings-language-heading = Idioma
settings-ui-language = Idioma de la interfaz
settings-ui-language-browser = El mismo que mi navegador
settings-auto-translate = Traducir automáticamente los mensajes en idiomas que no leo
settings-save-language = Guardar ajustes de idioma
settings-language-saved = Ajustes de idioma guardados.

## Sign in and sign up

signin-title = Iniciar sesión
signin-description = Inicia sesión para hacer preguntas, responder y seguir los temas que te importan.
signin-lead = Hola de nuevo. Inicia sesión para preguntar, responder y seguir preguntas.
signin-login = Nombre de usuario o correo
signin-password = Contraseña
signin-submit = Iniciar sesión
# Followed by the link "Create an account".
signin-new-here = ¿Eres nuevo?
signin-create-account = Crea una cuenta
signup-title = Registrarse
signup-description = Crea una cuenta gratuita para preguntar a la comunidad, compartir respuestas y ganar reconocimiento.
signup-heading = Crea tu cuenta
signup-lead = Únete a la comunidad para hacer preguntas, compartir respuestas y seguir lo que te importa.
signup-username = Nombre de usuario
signup-username-hint = De 3 a 32 caracteres: letras minúsculas, dígitos, _ y -.
signup-email = Correo electrónico
signup-email-hint = Nunca se muestra a otros miembros.
signup-password = Contraseña
signup-password-hint = Al menos 10 caracteres. Evita las contraseñas comunes.
signup-submit = Registrarse
# Followed by the link "Sign in to your account".
signup-have-account = ¿Ya tienes una cuenta?
signup-sign-in = Inicia sesión en tu cuenta

## Leaderboard

leaderboard-title = Clasificación
leaderboard-description = Los miembros que más han ayudado esta semana, este mes y de todos los tiempos.
leaderboard-loading = Cargando…
leaderboard-period = Periodo
leaderboard-period-week = Esta semana
leaderboard-period-month = Este mes
leaderboard-period-all = Siempre
# $period is one of the three leaderboard-caption-week/month/all phrases.
leaderboard-caption = Reputación ganada { $period }
leaderboard-caption-category = Reputación ganada { $period } en { $category }
leaderboard-caption-tag = Reputación ganada { $period } en la etiqueta { $tag }
leaderboard-caption-week = esta semana
leaderboard-caption-month = este mes
leaderboard-caption-all = desde siempre
leaderboard-category = Categoría
leaderboard-all-categories = Todas las categorías
leaderboard-tag = Etiqueta
leaderboard-show = Mostrar
leaderboard-empty = Nadie ha ganado reputación aquí en este periodo todavía.
leaderboard-rank = Puesto
leaderboard-member = Miembro
leaderboard-gained = Ganada

## Badges page and badge catalogue

badges-title = Insignias
badges-description = Todas las insignias que pueden conseguir los miembros y cómo se consiguen.
badges-intro = Las insignias se conceden automáticamente cuando la ayuda de un miembro cumple los criterios.
badges-loading = Cargando…
badges-col-badge = Insignia
badges-col-tier = Nivel
badges-col-criteria = Criterios
badges-col-members = Miembros
# Followed by the names of members who recently earned the badge.
badges-recently = recientemente:
badges-list-separator = { ", " }
badge-tier-bronze = Bronce
badge-tier-silver = Plata
badge-tier-gold = Oro
badge-name-first-question = Primera pregunta
badge-criteria-first-question = Hizo una primera pregunta.
badge-name-first-answer = Primera respuesta
badge-criteria-first-answer = Respondió una pregunta por primera vez.
badge-name-solver = Solucionador
badge-criteria-solver = Consiguió que le aceptaran una primera respuesta.
badge-name-commentator = Comentarista
badge-criteria-commentator = Dejó 10 comentarios.
badge-name-welcomer = Anfitrión
badge-criteria-welcomer = Dio la primera respuesta a la primera pregunta de un miembro nuevo.
badge-name-enthusiast = Entusiasta
badge-criteria-enthusiast = Visitó la comunidad 7 días seguidos.
badge-name-good-answer = Buena respuesta
badge-criteria-good-answer = Una respuesta alcanzó una puntuación de 10. Se consigue una vez por respuesta.
badge-name-popular-question = Pregunta popular
badge-criteria-popular-question = Una pregunta se vio 1000 veces. Se consigue una vez por pregunta.
badge-name-helper = Ayudante
badge-criteria-helper = Consiguió que le aceptaran 10 respuestas.
badge-name-great-answer = Gran respuesta
badge-criteria-great-answer = Una respuesta alcanzó una puntuación de 25. Se consigue una vez por respuesta.
badge-name-verified = Verificado
badge-criteria-verified = El equipo de soporte verificó una de tus respuestas.
# A badge earned once per tag.
badge-name-tag = Experto en la etiqueta
badge-criteria-tag = Consiguió que le aceptaran 20 respuestas en preguntas con una misma etiqueta. Se consigue una vez por etiqueta.
badge-name-expert = Experto
badge-criteria-expert = Consiguió que le aceptaran 50 respuestas.

## Notifications

notifications-title = Notificaciones
notifications-settings-link = Ajustes
notifications-mark-all-read = Marcar todo como leído
notifications-loading = Cargando…
notifications-nothing-unread = No hay nada sin leer.
notifications-unread = { $n ->
    [one] { $n } notificación sin leer.
   *[other] { $n } notificaciones sin leer.
}
notifications-empty = Todavía no hay notificaciones. Sigue preguntas, categorías o etiquetas para enterarte de lo que pasa.
notifications-pages = Páginas
notifications-newest = Más recientes
notifications-older = Anteriores
# Read by screen readers after an unread notification.
notifications-unread-mark = (sin leer)
notifications-mark-read = Marcar como leída
notifications-settings-title = Ajustes de notificaciones
notifications-settings-intro = Elige qué llega a tu bandeja de entrada. La campana muestra lo que no has leído.
notifications-settings-saved = Guardado.
notifications-settings-legend = Avisarme cuando
notifications-settings-save = Guardar
# The kinds of notification (settings checkboxes, after "Notify me when").
notification-kind-new-answer = Llegue una nueva respuesta a una pregunta que sigues
notification-kind-new-comment = Llegue un nuevo comentario en un tema que sigues de cerca
notification-kind-comment-on-post = Alguien comente tu pregunta o respuesta
notification-kind-mention = Alguien te mencione (@nombre)
notification-kind-accepted = Acepten tu respuesta
notification-kind-solved = Se resuelva una pregunta que sigues
notification-kind-upvote = Tus mensajes reciban votos positivos
notification-kind-badge = Consigas una insignia
notification-kind-new-question = Llegue una nueva pregunta a una categoría o etiqueta que sigues
notification-kind-moderation = Los moderadores te escriban (siempre activado)
notification-kind-support = El equipo de soporte responda en tus conversaciones de soporte
# Inbox sentences. $actor is a username, $title a question's title.
# Stands for a member whose name is unknown.
notification-someone = Alguien
notification-text-new-answer = { $actor } respondió a “{ $title }”
notification-text-new-comment = { $actor } comentó en “{ $title }”
notification-text-comment-on-question = { $actor } comentó tu pregunta en “{ $title }”
notification-text-comment-on-answer = { $actor } comentó tu respuesta en “{ $title }”
notification-text-mention = { $actor } te mencionó en “{ $title }”
notification-text-accepted = { $actor } aceptó tu respuesta a “{ $title }”
notification-text-solved = “{ $title }” está resuelta
# $what is notification-text-upvote-what-question or -answer.
notification-text-upvote-one = { $actor } votó a favor de tu { $what } en “{ $title }”
notification-text-upvote-two = { $actor } y 1 persona más votaron a favor de tu { $what } en “{ $title }”
# $n is 3 or more.
notification-text-upvote-many = { $n } personas votaron a favor de tu { $what } en “{ $title }”
notification-text-upvote-what-question = pregunta
notification-text-upvote-what-answer = respuesta
notification-text-badge = Conseguiste la insignia “{ $badge }”
notification-notice-assigned = Te asignaron “{ $title }”: { $reason }
notification-notice-warned = Un moderador te advirtió: { $reason }
notification-notice-silenced = No puedes publicar hasta el { $until }: { $reason }
notification-notice-suspended = Tu cuenta está suspendida hasta el { $until }: { $reason }
notification-notice-lifted = Un moderador levantó las restricciones de tu cuenta: { $reason }
notification-notice-support-opened = El soporte abrió una conversación contigo sobre “{ $title }”
notification-notice-support-replied = El soporte respondió sobre “{ $title }”
notification-notice-support-resolved = El soporte marcó como resuelta tu conversación sobre “{ $title }”
notification-text-new-question = { $actor } preguntó “{ $title }”

## Not found and error pages

notfound-title = Página no encontrada
notfound-heading = No encontramos esa página
notfound-text = Puede que el enlace esté roto o que la página se haya movido o eliminado.
notfound-home = Volver a la página de inicio
notfound-error-sign-in = Inicia sesión
notfound-error-forbidden = No permitido
notfound-error-not-found = No encontrado
notfound-error-other = Algo salió mal
notfound-sign-in = Iniciar sesión


## ——— g3-desk ———

## Desk, moderation log, moderation rules, guidelines, support, webhooks (g3-desk)

desk-title = Mesa
desk-loading = Cargando…
desk-queues = Colas
desk-summary-flags = Denuncias ({ $n })
desk-summary-held = Retenidas para revisión ({ $n })
desk-summary-unanswered = Sin respuesta ({ $n }, { $overdue } con retraso)
desk-summary-escalations = Escalados ({ $n })
desk-summary-assigned = Asignadas a mí ({ $n })
desk-empty-flags = No hay denuncias abiertas.
desk-empty-held = No hay nada pendiente de revisión.
desk-empty-unanswered = Todas las preguntas tienen respuesta.
desk-empty-escalations = No hay conversaciones de soporte abiertas.
desk-empty-assigned = No tienes nada asignado.
desk-escalation-label = Escalado: { $title }
desk-escalation-meta = { $member } · { $status } · actualizado
desk-claimed-by = Tomado por { $name }
desk-release = Liberar
desk-claim = Tomar
desk-reason = Motivo
desk-hide-post = Ocultar publicación
desk-flagged-label = Denunciado: { $title }
desk-flag-count = { $n ->
    [one] { $n } denuncia
   *[other] { $n } denuncias
}
desk-hidden = Oculto
desk-by-excerpt = de { $author } — { $excerpt }
desk-auto-moderation = Moderación automática
desk-flag-on-comment = { $reason } (un comentario)
desk-flag-entry = { $reason } — { $who }
desk-flag-entry-detail = { $reason } — { $who }: { $detail }
desk-flag-original = original:
desk-decide-label = Decidir sobre las denuncias de { $title }
desk-held-label = Retenido: { $title }
desk-held-why = Por qué se retuvo:
desk-review-label = Revisar { $title }
desk-target = objetivo { $n } h
desk-overdue = Con retraso
desk-question-meta = { $category } · preguntada por { $author } · esperando { $waited } ({ $target })
desk-assigned-to = Asignada a { $name }

## Desk queues (headings; ids are queue-<name>)

queue-flags = Denuncias
queue-held = Retenidas para revisión
queue-unanswered = Preguntas sin respuesta
queue-escalations = Escalados
queue-assigned = Asignadas a mí

## How long a question has waited (short units)

age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } d
age-days-hours = { $d } d { $h } h

## Moderation log

log-title = Registro de moderación
log-back = Volver a la mesa
log-filter-label = Filtrar el registro
log-agent = Agente
log-action = Acción
log-any-action = Cualquier acción
log-member = Miembro
log-from = Desde
log-to = Hasta
log-filter = Filtrar
log-empty = Ninguna acción coincide.
log-when = Cuándo
log-who = Quién
log-where = Dónde
log-reason = Motivo
log-post = Publicación
log-pages = Páginas
log-older = Anteriores
log-detail-revision = Revisión { $n }
log-detail-translations = Traducción al { $languages }
log-detail-duplicate-of = Duplicado de #{ $id } «{ $title }»
log-detail-merged-into = Fusionado en #{ $id } «{ $title }»
log-detail-assigned-to = Asignado a { $name }
log-detail-moved = Movido de { $from } a { $to }
log-detail-already-in = Ya en { $category }
log-detail-until = Hasta el { $date }
log-detail-trusted-flags = { $n } denuncias de miembros de confianza; oculto hasta su revisión
desk-held-translation = Traducción al { $language }

## Moderator actions (ids are mod-action-<code>), as the log and menus name them

mod-action-hide = Ocultar
mod-action-unhide = Volver a mostrar
mod-action-delete = Eliminar
mod-action-restore = Restaurar
mod-action-edit = Editar
mod-action-lock = Bloquear hilo
mod-action-unlock = Desbloquear hilo
mod-action-pin = Fijar
mod-action-unpin = Dejar de fijar
mod-action-feature = Destacar
mod-action-unfeature = Dejar de destacar
mod-action-move = Mover
mod-action-close_duplicate = Cerrar como duplicada
mod-action-merge = Fusionar
mod-action-assign = Asignar
mod-action-unassign = Quitar asignación
mod-action-warn = Advertir
mod-action-silence = Silenciar
mod-action-suspend = Suspender
mod-action-lift = Levantar sanciones
mod-action-approve = Aprobar
mod-action-dismiss = Descartar denuncias
mod-action-hold = Retenido para revisión
mod-action-flag = Denunciado
mod-action-redact = Censurar revisión

## Why a post is flagged (ids are flag-reason-<code>)

flag-reason-spam = Spam
flag-reason-rude = Grosero u ofensivo
flag-reason-off_topic = Fuera de tema
flag-reason-duplicate = Duplicado de otra pregunta
flag-reason-needs_staff = Necesita al equipo de soporte
flag-reason-other = Otro motivo

## Support conversation statuses (ids are escalation-status-<code>)

escalation-status-open = Abierta
escalation-status-waiting = Esperando al miembro
escalation-status-resolved = Resuelta

## Admin: moderation rules

modrules-saved = Ajustes de moderación guardados.
modrules-word-saved = Palabra vigilada guardada.
modrules-word-removed = Palabra vigilada eliminada.
modrules-target-saved = Objetivo de respuesta guardado.
modrules-title = Reglas de moderación
modrules-flags = Denuncias
modrules-flag-min-reputation = Reputación necesaria para denunciar
modrules-flags-to-hide = Denuncias de miembros de confianza que ocultan una publicación hasta su revisión
modrules-new-members = Miembros nuevos
modrules-new-members-help = Un miembro es nuevo mientras su reputación esté por debajo de este valor o su cuenta sea más reciente que esto. Los miembros nuevos pueden poner como máximo 2 enlaces en una publicación y publicar 3 veces en su primera hora.
modrules-new-reputation = Nuevo por debajo de esta reputación
modrules-new-hours = Nuevo durante estas horas tras el registro
modrules-hold-first = Retener para revisión la primera publicación de cada miembro nuevo
modrules-spam = Spam
modrules-spam-domains = Dominios de spam (uno por línea; subdominios incluidos)
modrules-save = Guardar reglas de moderación
modrules-watched = Palabras vigiladas
modrules-watched-help = Se buscan como palabras completas en las publicaciones nuevas ("doc" nunca coincide con "documento"). Bloquear rechaza la publicación, retener la guarda para revisión, denunciar la publica con una denuncia para los agentes.
modrules-watched-empty = No hay palabras vigiladas.
modrules-does-block = bloquear
modrules-does-hold = retener
modrules-does-flag = denunciar
modrules-remove-label = Quitar { $word }
modrules-remove = Quitar
modrules-word = Palabra o frase
modrules-word-action = Qué hacer
modrules-choose-block = Bloquear la publicación
modrules-choose-hold = Retener para revisión
modrules-choose-flag = Denunciar a los agentes
modrules-add-word = Añadir palabra vigilada
modrules-targets = Objetivos de tiempo de respuesta
modrules-targets-help = Cuánto debería tardar una pregunta en recibir su primera respuesta. Las preguntas sin respuesta más antiguas destacan en la mesa como retrasadas.
modrules-category = Categoría
modrules-target-hours = Objetivo (horas, 0 para ninguno)
modrules-target-label = Objetivo para { $name } en horas
modrules-save-target = Guardar

## Community guidelines

guidelines-title = Normas de la comunidad
guidelines-edit-title = Editar las normas
guidelines-saved = Normas guardadas.
guidelines-shown-at = Markdown. Se muestran en
guidelines-shown-where = , se enlazan desde el formulario de preguntas y se muestran a quien pregunta por primera vez.
guidelines-label = Normas
guidelines-save = Guardar normas

## Support conversation

support-title = Conversación de soporte
support-status-label = Estado
support-update-status = Actualizar estado
support-mark-resolved = Marcar como resuelta
support-private-staff = Una conversación privada con { $member }. Solo esa persona y el equipo de soporte pueden leerla.
support-private-member = Una conversación privada con el equipo de soporte. Solo tú y el equipo de soporte pueden leerla.
support-about = Sobre la pregunta
support-status = Estado: { $status }
support-opened-by = Abierta por { $name }
support-messages = Mensajes
support-no-messages = Todavía no hay mensajes.
support-back = Volver a la pregunta
support-message-from = Mensaje de { $author }
support-badge = Soporte
support-your-message = Tu mensaje
support-hint = Puedes usar Markdown: **negrita**, `code`, listas, enlaces.
support-send = Enviar

## Admin: helpdesk webhook

webhooks-saved = Ajustes del webhook guardados.
webhooks-test-queued = Envío de prueba en cola: se manda en unos segundos. Actualiza para ver el resultado.
webhooks-title = Webhook del servicio de asistencia
webhooks-secret-kept = Hay un secreto configurado: déjalo en blanco para conservarlo
webhooks-no-secret = Todavía no hay secreto configurado
webhooks-intro-signed = Los escalados se envían a tu servicio de asistencia como JSON firmado (POST). Cada solicitud lleva
webhooks-intro-hmac = , el HMAC-SHA256 de “<t>.<body>” con el secreto de firma, y
webhooks-intro-retries = para reconocer una repetición. Los envíos fallidos se reintentan tras 30 s, 2 min, 10 min, 1 h y 6 h.
webhooks-url = URL del webhook
webhooks-url-hint = Una dirección completa http:// o https://. Déjala vacía para desactivar los webhooks. Las direcciones de esta máquina o de una red privada (localhost, 10.x, 192.168.x) requieren ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true en el servidor.
webhooks-secret = Secreto de firma
webhooks-secret-hint = Al menos 16 caracteres, compartido con el servicio de asistencia. No se vuelve a mostrar.
webhooks-save = Guardar webhook
webhooks-send-test = Enviar una prueba
webhooks-deliveries = Envíos
webhooks-refresh = Actualizar
webhooks-latest = Los { $n } más recientes, primero los nuevos. Horas en UTC.
webhooks-empty = Todavía no hay envíos.
webhooks-caption = Envíos del webhook, primero los más recientes
webhooks-col-delivery = Envío
webhooks-col-event = Evento
webhooks-col-status = Estado
webhooks-col-attempts = Intentos
webhooks-col-last-http = Último estado HTTP
webhooks-col-error = Error
webhooks-col-created = Creado
webhooks-col-when = Entregado o próximo intento
webhooks-next = próximo
webhooks-attempts = { $n } de { $max }
webhooks-status-pending = Pendiente
webhooks-status-delivered = Entregado
webhooks-status-failed = Fallido


## ——— g4-admin ———

## Admin pages (categories, tags, groups, members, reputation)

## Roles and category visibility (shared with other pages)

role-member = Miembro
role-agent = Agente
role-admin = Administrador
# Who may read a category
visibility-public = Pública
visibility-members = Solo miembros
visibility-groups = Restringida a grupos

## Shared by the admin pages

# Hidden column header above the Edit/Delete buttons
admin-actions = Acciones
admin-edit = Editar
admin-delete = Eliminar
admin-name = Nombre
admin-description = Descripción
# Sort order of a category or tag group
admin-position = Posición
admin-topics = Temas
# No group chosen
admin-none = Ninguno
# A group (of members or of tags), column header
admin-group = Grupo

## /admin/categories

categories-title = Categorías
categories-loading = Cargando categorías…
categories-created = Categoría “{ $name }” creada.
categories-saved = Categoría “{ $name }” guardada.
categories-deleted = Categoría eliminada.
categories-edit-heading = Editar la categoría “{ $name }”
categories-new = Nueva categoría
categories-count = { $n ->
    [one] { $n } categoría
   *[other] { $n } categorías
}
categories-caption = Categorías, cada una seguida de sus subcategorías
# The category's name in web addresses
categories-slug = Slug
categories-visibility = Visibilidad
# Which post kinds a category accepts (questions, discussions)
categories-accepts = Acepta
categories-accepts-questions = Preguntas
categories-accepts-discussions = Debates
# $groups: the names of the groups, separated by commas
categories-restricted-to = Restringida a grupos: { $groups }
categories-new-instead = Crear una nueva categoría en su lugar
categories-edit-label = Editar la categoría { $name }
categories-delete-label = Eliminar la categoría { $name }
categories-save = Guardar categoría
categories-create = Crear categoría
categories-slug-hint = En la dirección: de 2 a 40 letras minúsculas, dígitos y guiones.
categories-colour = Color
categories-position-hint = Los números más bajos van primero.
categories-parent = Categoría superior
categories-parent-none = Ninguna (nivel superior)
categories-visibility-hint = Solo miembros: oculta para visitantes y buscadores. Restringida: solo los grupos elegidos (y el equipo) pueden leerla.
categories-groups = Grupos
# Followed by a link "Create a group"
categories-no-groups = Todavía no hay grupos.
categories-create-group = Crea un grupo

## /admin/tags

admintags-title = Etiquetas
admintags-loading = Cargando etiquetas…
admintags-created = Etiqueta “{ $name }” creada.
admintags-saved = Etiqueta “{ $name }” guardada.
admintags-merged = Etiquetas fusionadas.
admintags-deleted = Etiqueta eliminada.
admintags-group-created = Grupo de etiquetas “{ $name }” creado.
admintags-group-deleted = Grupo de etiquetas eliminado; sus etiquetas ya no están agrupadas.
admintags-setting-on = Ahora los miembros pueden crear etiquetas nuevas.
admintags-setting-off = Ahora solo los agentes y administradores pueden crear etiquetas nuevas.
admintags-edit-heading = Editar la etiqueta “{ $name }”
admintags-new = Nueva etiqueta
admintags-count = { $n ->
    [one] { $n } etiqueta
   *[other] { $n } etiquetas
}
admintags-caption = Etiquetas, de más a menos usadas
admintags-col-tag = Etiqueta
# Column header: how many tags a tag group holds
admintags-col-tags = Etiquetas
admintags-new-instead = Crear una nueva etiqueta en su lugar
admintags-merge-heading = Fusionar etiquetas
admintags-merge-intro = Todos los temas de la primera etiqueta pasan a la segunda; después se elimina la primera.
admintags-groups-heading = Grupos de etiquetas
admintags-no-groups = Todavía no hay grupos de etiquetas.
admintags-new-group = Nuevo grupo de etiquetas
admintags-settings-heading = Ajustes de etiquetas
admintags-members-create = Los miembros pueden crear etiquetas nuevas
admintags-members-create-hint = Si está desactivado, los miembros eligen entre las etiquetas existentes; los agentes y administradores siempre pueden crearlas.
admintags-save-setting = Guardar ajuste
admintags-edit-label = Editar la etiqueta { $name }
admintags-delete-label = Eliminar la etiqueta { $name }
admintags-delete-group-label = Eliminar el grupo de etiquetas { $name }
admintags-save = Guardar etiqueta
admintags-create = Crear etiqueta
admintags-name = Nombre de la etiqueta
# Keep the characters - + # . as they are
admintags-name-hint = Letras minúsculas, dígitos y - + # . (30 caracteres como máximo).
admintags-description = Descripción de la etiqueta
admintags-group = Grupo de etiquetas
# Merge form: "Merge tag [A] Into tag [B]"
admintags-merge-from = Fusionar la etiqueta
admintags-merge-into = En la etiqueta
admintags-choose = Elige una etiqueta
admintags-merge = Fusionar
admintags-group-name = Nombre del grupo de etiquetas
admintags-create-group = Crear grupo de etiquetas

## /admin/groups (groups of members)

groups-title = Grupos
groups-loading = Cargando grupos…
groups-created = Grupo “{ $name }” creado.
groups-deleted = Grupo eliminado.
groups-member-added = { $username } se ha añadido al grupo.
groups-member-removed = Miembro quitado del grupo.
groups-count = { $n ->
    [one] { $n } grupo
   *[other] { $n } grupos
}
groups-intro = Las categorías restringidas a grupos solo admiten a sus miembros (y al equipo).
groups-empty = Todavía no hay grupos.
groups-members = Miembros
groups-member-count = { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
}
groups-members-of = Miembros de { $name }
groups-delete-label = Eliminar el grupo { $name }
groups-new = Nuevo grupo
groups-name = Nombre del grupo
groups-create = Crear grupo
groups-nobody = Todavía no hay nadie en este grupo.
groups-close = Cerrar
groups-username = Nombre de usuario
groups-username-hint = Añade un miembro por su nombre de usuario.
groups-add-member = Añadir miembro
groups-remove-label = Quitar a { $username }
groups-remove = Quitar

## /admin/members

members-title = Miembros
# $role: member, agent or admin
members-role-changed = { $username } ahora es { $role ->
    [member] miembro
    [agent] agente
   *[admin] administrador
}.
members-loading = Cargando miembros…
members-accounts = { $n ->
    [one] { $n } cuenta
   *[other] { $n } cuentas
}
members-find-label = Buscar un miembro
members-find-placeholder = Busca por nombre de usuario o correo
members-filter = Filtrar
members-col-member = Miembro
members-col-email = Correo
# Date the account was created
members-col-joined = Alta
members-col-role = Rol
members-next = Página siguiente
members-role-for = Rol de { $username }
members-save-role-for = Guardar el rol de { $username }
members-save = Guardar

## /admin/reputation

adminrep-saved = Ajustes de reputación guardados.
adminrep-title = Reputación y niveles
adminrep-loading = Cargando…
# A points setting and its allowed range, e.g. "Answer upvoted (0 to 1000)"
adminrep-rule-field = { $label } (de { $min } a { $max })
adminrep-rule-answer-upvoted = Voto positivo a una respuesta
adminrep-rule-question-upvoted = Voto positivo a una pregunta
adminrep-rule-post-downvoted = Voto negativo a una publicación
adminrep-rule-downvote-cast = Dar un voto negativo a una respuesta
adminrep-rule-answer-accepted = Respuesta aceptada (para su autor)
adminrep-rule-accepter = Aceptar una respuesta (para quien preguntó)
adminrep-rule-downvote-min = Reputación necesaria para votar en contra
adminrep-rule-daily-cap = Límite diario de puntos por votos
adminrep-level = Nivel { $n }
adminrep-level-name = Nombre del nivel { $n }
adminrep-level-min = Reputación para el nivel { $n }
adminrep-intro = Los puntos se anotan en el historial de cada miembro a medida que ocurren los eventos; los cambios solo se aplican a eventos nuevos.
adminrep-points = Puntos
adminrep-levels = Niveles
adminrep-col-level = Nivel
adminrep-col-starts = Empieza con reputación
adminrep-save = Guardar ajustes


## ——— g5-errors ———

## Errors returned by the server (g5-errors)

# AppError: what a failed request says.
apperror-invalid = Corrige los campos resaltados.
apperror-not-signed-in = Inicia sesión para continuar.
apperror-not-found = Esta página no existe o ya no está disponible.
apperror-internal = Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.
apperror-busy = Ahora mismo estamos muy ocupados. Vuelve a intentarlo en unos segundos.
# $detail is a technical description (offline, server unreachable…), not translated.
apperror-transport = No se pudo completar la solicitud: { $detail }

# Why a permission was refused.
denied-not-signed-in = Inicia sesión para hacer esto.
denied-forbidden = No tienes permiso para hacer esto.
denied-own-role = No puedes cambiar tu propio rol; pídeselo a otro administrador.
denied-new-tag = Las etiquetas nuevas las crea el equipo. Elige etiquetas existentes o pide a un agente que añada una.
denied-has-answers = Una pregunta con respuestas no puede ser eliminada por su autor. Pregunta al equipo de soporte si debe eliminarse.
denied-own-post = No puedes votar tu propia publicación.
# $n: the reputation needed.
denied-downvote-reputation = Para votar negativo necesitas { $n } de reputación. Vota positivo lo que ayuda y comenta lo que podría mejorar.
denied-flag-reputation = Para denunciar necesitas { $n } de reputación. Sigue ayudando y llegará.
denied-not-asker = Solo quien hizo la pregunta o el equipo de soporte puede aceptar una respuesta.

# Rate limits. limit-minutes is inserted as $wait into the other messages
# ("please wait 5 minutes", "try again in 5 minutes").
limit-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
limit-write = Estás publicando más rápido de lo que permite esta comunidad. Espera { $wait } y vuelve a intentarlo; lo que escribiste se conserva.
limit-sign-in = Demasiados intentos fallidos de inicio de sesión. Por tu seguridad, espera { $wait } y vuelve a intentarlo.
limit-sign-in-network = Demasiados intentos fallidos de inicio de sesión desde tu red. Por tu seguridad, espera { $wait } y vuelve a intentarlo.
limit-sign-up = Se han creado demasiadas cuentas desde tu red recientemente. Vuelve a intentarlo dentro de { $wait }.
limit-try-again = Demasiadas solicitudes. Vuelve a intentarlo dentro de { $wait }.
limit-translate = Se han pedido demasiadas traducciones nuevas recientemente. Vuelve a intentarlo dentro de { $wait }; las traducciones ya hechas se pueden seguir leyendo.

# Sign-in refusals.
api-sign-in-bad-credentials = El nombre de usuario, el correo electrónico o la contraseña no son correctos.
# $until: a date like "2026-12-04 13:05 UTC"; $reason: the moderator's words.
api-sign-in-suspended = Tu cuenta está suspendida hasta el { $until }: { $reason }

api-desk-staff-only = La mesa es solo para agentes de soporte y administradores.
api-edit-own-posts-only = Solo puedes editar tus propias publicaciones.

# The answer to a moderator action: $action is the action's name (mod-action-*).
api-moderate-done = { $action }: hecho.
api-moderate-done-for = { $action }: hecho para { $member }.
# An action whose name is unknown.

## error codes (already in en.ftl: skip when merging)

error-username-too-short = Usa al menos 3 caracteres.
error-username-too-long = Usa como máximo 32 caracteres.
error-username-invalid-chars = Usa solo letras minúsculas a–z, dígitos, guiones bajos (_) y guiones (-).
error-username-reserved = Este nombre está reservado. Elige otro.
error-username-taken = Este nombre de usuario ya está en uso.
error-email-invalid = Introduce una dirección de correo como nombre@ejemplo.com.
error-email-too-long = Esta dirección de correo es demasiado larga.
error-email-taken = Ya existe una cuenta con este correo. Prueba a iniciar sesión.
error-password-too-short = Usa al menos 10 caracteres.
error-password-too-long = Usa como máximo 256 caracteres.
error-password-common = Esta contraseña es demasiado común y fácil de adivinar. Elige otra.
error-password-contains-username = Tu contraseña no debe contener tu nombre de usuario.
error-password-incorrect = Esta no es tu contraseña actual.
error-field-required = Este campo es obligatorio.
error-role-unknown = Elige miembro, agente o administrador.
error-title-too-short = Usa al menos 15 caracteres, para que los demás entiendan el problema de un vistazo.
error-title-too-long = Usa como máximo 150 caracteres.
error-body-too-short = Usa al menos 30 caracteres: describe qué probaste y qué ocurrió.
error-body-too-long = Usa como máximo 30.000 caracteres.
error-comment-too-long = Usa como máximo 600 caracteres.
error-tags-required = Añade al menos una etiqueta.
error-tags-too-many = Usa como máximo 5 etiquetas.
error-tag-invalid = Las etiquetas usan letras minúsculas, dígitos y - + # . (30 caracteres como máximo).
error-tag-unknown = Esta etiqueta no existe. Elige una etiqueta existente.
error-tag-taken = Ya existe una etiqueta con este nombre.
error-category-unknown = Elige una categoría.
error-category-kind-not-accepted = Esta categoría no acepta este tipo de publicación. Elige otra categoría u otro tipo.
error-post-kind-unknown = Elige una pregunta o una discusión.
error-name-too-short = Usa al menos 2 caracteres.
error-name-too-long = Usa como máximo 50 caracteres.
error-name-taken = Este nombre ya está en uso.
error-slug-invalid = Usa de 2 a 40 letras minúsculas a–z, dígitos y guiones.
error-slug-taken = Otra categoría ya usa este slug.
error-color-invalid = Usa un color como #2f7de1.
error-description-too-long = Usa como máximo 500 caracteres.
error-category-parent-invalid = La categoría superior de una subcategoría debe ser una categoría de primer nivel distinta de ella misma.
error-category-has-children = Esta categoría tiene subcategorías, así que no puede convertirse en una.
error-category-visibility-unknown = Elige pública, solo miembros o restringida a grupos.
error-category-groups-required = Elige al menos un grupo que pueda ver esta categoría.
error-category-too-many-groups = Elige como máximo 100 grupos.
error-group-unknown = Este grupo no existe.
error-category-not-empty = Primero mueve o elimina sus publicaciones y subcategorías.
error-reason-too-long = Usa como máximo 300 caracteres.
error-post-locked = Esta pregunta está bloqueada: no admite nuevas respuestas ni comentarios.
error-post-deleted = Esta publicación se ha eliminado.
error-post-has-answers = Una pregunta con respuestas no puede ser eliminada por su autor. Pregunta al equipo de soporte si debe eliminarse.
error-revision-unknown = Esta revisión no existe.
error-revision-current = Es el texto actual de la publicación: edítala primero y luego censura esta revisión.
error-revision-redacted = Esta revisión fue censurada: su texto ya no existe.
error-post-nothing-changed = No ha cambiado nada: edita el texto antes de guardar.
error-tag-merge-same = Elige otra etiqueta con la que fusionar.
error-member-unknown = Ningún miembro tiene este nombre de usuario.
error-number-out-of-range = Introduce un número entero dentro del rango permitido.
error-level-first-zero = El nivel 1 empieza en 0 de reputación.
error-level-ascending = Cada nivel necesita más reputación que el anterior.
error-post-not-an-answer = Solo se puede aceptar una respuesta a esta pregunta.
error-vote-invalid = Vota positivo, negativo o retira tu voto.
error-name-invalid = Usa solo letras, dígitos, espacios y signos de puntuación.
error-bio-too-long = Usa como máximo 2000 caracteres.
error-location-too-long = Usa como máximo 60 caracteres.
error-website-invalid = Introduce una dirección web que empiece por https://, como https://example.com.
error-language-unknown = Elige idiomas de la lista.
error-image-invalid = Sube una imagen PNG, JPEG, GIF o WebP.
error-image-too-large = Sube una imagen de 5 MB como máximo.
error-image-too-many-pixels = Sube una imagen de 8192 × 8192 píxeles como máximo.
error-follow-target-unknown = Puedes seguir una pregunta, una categoría o una etiqueta.
error-follow-level-unknown = Elige un nivel de notificación de la lista.
error-notification-kind-unknown = Elige tipos de notificación de la lista.
error-search-query-too-long = Usa como máximo 500 caracteres: conserva las palabras más importantes.
error-search-page-out-of-range = Los resultados terminan en la página 50: añade palabras o filtros para acotar la búsqueda.
error-search-filter-unknown = Elige un valor de la lista.
error-date-invalid = Introduce una fecha como 2024-01-31.
error-date-range-inverted = La fecha de fin debe ser posterior a la fecha de inicio.
error-content-blocked = Contiene una palabra que esta comunidad no permite. Reformúlalo.
error-content-too-many-links = Los miembros nuevos pueden incluir como máximo 2 enlaces en una publicación. Quita algunos enlaces o publícalos más tarde.
error-content-new-member-limit = Los miembros nuevos pueden publicar 3 veces en su primera hora. Espera un poco y vuelve a intentarlo.
error-member-silenced = No puedes publicar ahora mismo: un moderador ha silenciado tu cuenta.
error-flag-reason-unknown = Elige por qué denuncias esta publicación.
error-flag-detail-required = Cuéntales a los moderadores qué ocurre.
error-flag-duplicate-required = Indica el enlace o el número de la pregunta original.
error-flag-reputation = Para denunciar necesitas más reputación. Sigue ayudando y llegará.
error-reason-required = Indica un motivo: se escribe en el registro de moderación.
error-duration-invalid = Indica una duración como 3 días, 12 horas o 2 semanas (como máximo un año).
error-question-unknown = Esa pregunta no existe. Indica su enlace o su número.
error-question-same = Elige una pregunta distinta de esta.
error-agent-unknown = Elige un agente de soporte.
error-message-too-long = Usa como máximo 10.000 caracteres.
error-url-invalid = Indica una dirección completa con http:// o https://.
error-secret-too-short = Usa un secreto de al menos 16 caracteres.
error-secret-too-long = Este secreto es demasiado largo: pega solo la clave.
error-url-private = Esta dirección está en una red privada o local. Indica una dirección pública o define ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true en el servidor.
error-secret-key-missing = Define ENTRAIDE_SECRET_KEY en el servidor para guardar secretos.
error-word-invalid = Usa una palabra o frase de 2 a 60 letras, dígitos, espacios o guiones.
error-word-action-unknown = Elige bloquear, retener para revisión o denunciar.
error-spam-domains-too-many = Indica como máximo 1.000 dominios, uno por línea.
error-text-too-long = Este texto es demasiado largo.
error-status-unknown = Elige abierto, esperando al miembro o resuelto.
