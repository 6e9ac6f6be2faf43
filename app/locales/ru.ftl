# Русский

## The language itself

language-name = Русский
number-group-separator = { "\u00A0" }
number-decimal-separator = ,

## Dates

month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.
date-medium = { $day } { $month } { $year } г.
test-count = { $n ->
    [one] { $n } элемент
    [few] { $n } элемента
    [many] { $n } элементов
   *[other] { $n } элемента
}


## ——— g0-translate ———

## Languages of posts, translations

lang-en = английский
lang-fr = французский
lang-it = итальянский
lang-es = испанский
lang-ru = русский
lang-de = немецкий
lang-pt = португальский
lang-nl = нидерландский
# Russian declines language names: "Язык: …" keeps the name as listed.
translate-written-in = Язык оригинала: { $language }
translate-translated-from = { $code ->
    [en] Переведено с английского
    [fr] Переведено с французского
    [it] Переведено с итальянского
    [es] Переведено с испанского
    [ru] Переведено с русского
    [de] Переведено с немецкого
    [pt] Переведено с португальского
    [nl] Переведено с нидерландского
   *[other] Переведено, язык оригинала: { $language }
}
translate-by-person = перевод: { $name }
translate-by-machine = машинный перевод: { $provider }
translate-provider-openai = модель ИИ
translate-button = Перевести
translate-show-original = Показать оригинал
translate-working = Перевод…
translate-unavailable = Перевод сейчас недоступен
translate-change-language = Неверный язык?
translate-language-label = Язык
translate-language-save = Сохранить язык
translate-language-saved = Язык сохранён.
translate-by-hand-link = Перевести самостоятельно
translate-loading = Загрузка…
translate-page-title = Перевод сообщения
translate-page-heading = Перевести это сообщение
translate-page-intro = Язык оригинала: { $language }. Ваш перевод увидят читатели этого языка — с вашим именем, вместо машинного перевода.
translate-page-back = ← Назад к сообщению
translate-page-into = Язык перевода
translate-page-choose = Выберите язык
translate-page-open = Открыть
translate-page-original = Показать исходный текст
translate-page-existing-human = Есть перевод от { $name }: исправьте его ниже.
translate-page-existing-machine = Есть машинный перевод: исправьте его ниже, и он станет вашим.
translate-page-title-field = Переведённый заголовок
translate-page-body-field = Переведённый текст
translate-page-save = Сохранить перевод
translate-page-cancel = Отмена
translation-admin-title = Перевод
translation-admin-heading = Машинный перевод
translation-admin-intro = Читатели могут переводить сообщения на языках, которых они не знают. Выберите сервис перевода; переводы сохраняются, поэтому каждое сообщение переводится один раз для каждого языка и каждой правки.
translation-admin-provider = Сервис
translation-admin-provider-none = Нет (только переводы, написанные людьми)
translation-admin-provider-openai = Чат-эндпоинт, совместимый с OpenAI
translation-admin-url = URL сервиса
translation-admin-url-hint = Например, http://localhost:5000 (LibreTranslate), https://api-free.deepl.com (DeepL) или http://localhost:11434/v1 (совместимый с OpenAI). Адреса этой машины или частной сети (localhost, 10.x, 192.168.x) требуют ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true на сервере.
translation-admin-key = Ключ API
translation-admin-key-kept = Ключ сохранён: оставьте поле пустым, чтобы его сохранить.
translation-admin-key-none = Ключ не сохранён. LibreTranslate может работать без него.
translation-admin-forget-key = Удалить сохранённый ключ
translation-admin-model = Модель
translation-admin-model-hint = Только для эндпоинтов, совместимых с OpenAI, например gpt-4o-mini или llama3.1.
translation-admin-timeout = Тайм-аут (секунды)
translation-admin-timeout-hint = Сколько ждать каждую попытку, от 1 до 60.
translation-admin-retries = Повторы
translation-admin-retries-hint = Дополнительные попытки, когда сервис занят или недоступен, от 0 до 5.
translation-admin-budget-heading = Лимит новых переводов
translation-admin-budget-intro = Уже сделанный перевод показывается повторно бесплатно; каждый новый перевод — это обращение к сервису. Сверх этих почасовых лимитов читателей просят подождать.
translation-admin-budget-member = На участника, в час
translation-admin-budget-ip = На сетевой адрес, в час
translation-admin-budget-global = На всё сообщество, в час
translation-admin-budget-hint = Новые машинные переводы, целое число от 1 до 1000000.
translation-admin-save = Сохранить настройки перевода
translation-admin-saved = Настройки перевода сохранены.
translation-admin-try-heading = Проверка
translation-admin-try = Перевести пример
translation-admin-try-ok = Ответ сервиса: «{ $text }»
translation-admin-try-failed = Сервис не перевёл пример: { $reason }
translation-admin-none-configured = Сначала выберите сервис и сохраните.
translation-admin-sample = Здравствуйте! Чем мы можем вам помочь сегодня?
header-admin-translation = Перевод


## ——— g1-thread ———

## Question page (pages/thread.rs)

post-loading = Загрузка…
thread-no-answers = Ответов пока нет
# Heading above the answers of a question.
thread-answers = { $n ->
    [one] { $n } ответ
    [few] { $n } ответа
    [many] { $n } ответов
   *[other] { $n } ответа
}
# A mark beside the link to the accepted answer.
thread-solved = Решён
# Link to the accepted answer, below the question.
thread-solution = Решение
# Followed by a link to the original question.
thread-duplicate-banner = Этот вопрос уже задавали, и на него уже есть ответ:
thread-breadcrumb = Навигационная цепочка
thread-deleted = Этот вопрос удалён. Его видит только служба поддержки.
thread-locked = Эта тема закрыта: новые ответы и комментарии не принимаются.
thread-pinned = Закреплён
thread-featured = Рекомендуемый
thread-assigned-to = Назначен: { $name }
# "Asked", "Active", "Viewed": labels of the question's facts (a date, a date, a count).
thread-asked = Задан
thread-active = Активность
thread-viewed = Просмотрен
thread-view-count = { $n ->
    [one] { $n } раз
    [few] { $n } раза
    [many] { $n } раз
   *[other] { $n } раза
}
# Bar shown when answers arrived live: "3 new answers — show".
thread-new-answers = { $n ->
    [one] { $n } новый ответ
    [few] { $n } новых ответа
    [many] { $n } новых ответов
   *[other] { $n } нового ответа
}
# Button on the bar of live arrivals that shows them.
thread-new-bar-show = показать
thread-related-questions = Похожие вопросы

## One post (question or answer) on the question page

post-done-deleted = Публикация удалена.
post-done-restored = Публикация восстановлена.
post-done-rolled-back = Публикация возвращена к прежней версии.
post-done-comment-deleted = Комментарий удалён.
# After the author's name and before the date: "alice asked 2 hours ago".
post-asked = спросил(а)
# After the author's name and before the date: "alice answered 2 hours ago".
post-answered = ответил(а)
# Accessible names of a post.
post-by-question = Вопрос от { $name }
post-by-discussion = Обсуждение от { $name }
post-by-answer = Ответ от { $name }
# Link to the revision history, followed by the date of the edit.
post-edited = изменено
# After "edited <date>": who edited the post.
post-edited-by = пользователем { $name }
post-deleted = Удалено
post-hidden = Скрыто — видит только служба поддержки
post-held = Ожидает проверки модератором, прежде чем станет видно другим
# Shown to moderators after the "waiting for review" notice.
post-held-reason = — задержано: { $reason }
post-edit = Изменить
post-history = История
post-delete = Удалить
post-restore = Восстановить
# Post types, as badges.
post-kind-question = Вопрос
post-kind-discussion = Обсуждение
post-kind-answer = Ответ
# Tooltip on a member's level: "Level 3 · Helper · 120 reputation".
post-author-level-title = Уровень { $level } · { $name } · репутация { $reputation }
# Short level badge beside a member's name: "L3 Helper".
post-author-level-short = Ур. { $level } { $name }
post-avatar-alt = Аватар { $name }

## Answers

answer-accepted-status = Ответ принят.
answer-acceptance-taken-back = Принятие ответа отменено.
answer-verify-saved = Сохранено.
answer-accepted = Принятый ответ
# After "Accepted answer": who accepted it.
answer-accepted-by = — принят пользователем { $name }
answer-verified = Проверено службой поддержки
answer-take-back-acceptance = Отменить принятие
answer-accept = Принять этот ответ
answer-remove-verification = Снять отметку о проверке
answer-verify = Подтвердить
# "Sign in or create an account to answer this question.", built from four pieces (the first and third are links).
answer-signin = Войдите
answer-signin-or = или
answer-signup = создайте аккаунт
answer-signin-purpose = чтобы ответить на этот вопрос.
answer-form-heading = Знаете ответ? Поделитесь им
answer-label = Ваш ответ
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
answer-hint = Markdown: **жирный**, `код`, ```блок кода```, списки, ссылки, таблицы. Не менее 30 символов.
answer-submit = Опубликовать ответ

## Comments

comment-list-question = Комментарии к этому вопросу
comment-list-answer = Комментарии к этому ответу
# Opens the comment form.
comment-summary = Комментировать
comment-label-question = Комментарий к этому вопросу
comment-label-answer = Комментарий к этому ответу
comment-hint = До 600 символов. Используйте комментарии, чтобы уточнить детали или предложить улучшения.
comment-add = Добавить комментарий
comment-delete-label = Удалить комментарий
comment-delete = Удалить
comment-hidden = Скрыт

## Asking (pages/ask.rs)

ask-title = Задать вопрос
ask-search-lead = Начните с нескольких слов о своей проблеме: возможно, её уже кто-то решил.
ask-search-label = С чем вам нужна помощь?
ask-search-submit = Ничего из этого: задать новый вопрос
ask-lead = Опишите проблему так, чтобы помочь мог человек, который никогда не видел вашего экрана. Сначала поищите: возможно, она уже решена.
# "Please follow our community guidelines.", in three pieces (the second is a link).
ask-guidelines-before = Пожалуйста, соблюдайте
ask-guidelines-link = правила сообщества
ask-guidelines-after = .
ask-guidelines-intro = Добро пожаловать! Перед вашим первым вопросом
# Legend of the choice between a question and a discussion.
ask-kind = Тип
ask-kind-question = Вопрос: вам нужен ответ на проблему.
ask-kind-discussion = Обсуждение: поделитесь идеей или начните разговор.
ask-category = Категория
ask-category-choose = Выберите категорию…
# Tooltip of a category: the post types it accepts ("question, discussion").
ask-category-accepts = Принимает: { $kinds }
ask-kind-name-question = вопрос
ask-kind-name-discussion = обсуждение
ask-kind-name-answer = ответ
ask-title-label = Заголовок
ask-title-hint = От 15 до 150 символов. Будьте конкретны: «Синхронизация зависает на этапе подготовки в Windows 11».
ask-body-label = Текст
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
ask-body-hint = Markdown: **жирный**, `код`, ```блок кода```, списки, ссылки, таблицы. Что вы пробовали? Что произошло?
ask-tags-label = Теги
# "windows sync" are example tags: keep them as they are.
ask-tags-hint-create = От 1 до 5 тегов через пробел или запятую, например windows sync. Новые теги будут созданы автоматически.
ask-tags-hint-existing = От 1 до 5 существующих тегов через пробел или запятую, например windows sync.
ask-submit = Опубликовать вопрос

## Editing a post (pages/edit.rs)

edit-title = Изменение публикации
edit-heading-question = Изменить вопрос
edit-heading-answer = Изменить ответ
edit-title-label = Заголовок
edit-body-label = Текст
edit-tags-label = Теги
edit-tags-hint = От 1 до 5 тегов через пробел.
edit-summary-label = Описание изменений
edit-summary-hint = Необязательно: что вы изменили и почему?
edit-save = Сохранить изменения
edit-cancel = Отмена

## Revision history

history-title = История изменений
history-roll-back = Вернуться к версии { $number }
history-revision = Версия { $number }
# Followed by the changes to the title.
history-diff-title = Заголовок:
# Followed by the changes to the tags.
history-diff-tags = Теги:
history-changes = Изменения в версии { $number }
# In a diff: a run of lines that did not change, folded away.
history-collapsed = { $n ->
    [one] … { $n } строка без изменений …
    [few] … { $n } строки без изменений …
    [many] … { $n } строк без изменений …
   *[other] … { $n } строки без изменений …
}
history-line-added = Добавленная строка
history-line-removed = Удалённая строка
history-line-unchanged = Строка без изменений
history-redact = Скрыть текст версии { $number }
# Label of the field where staff say why a revision is redacted.
history-redact-reason = Причина удаления текста
history-redacted = Текст этой версии удалён.
history-redact-done = Текст версии { $number } удалён.

## Votes

vote-own-post = Нельзя голосовать за собственную публикацию.
vote-up = Голосовать за
vote-score = Оценка
vote-down = Голосовать против

## Following (components/follow.rs)

follow-notify-topic = Уведомлять меня об этом вопросе
follow-notify-category = Уведомлять меня об этой категории
follow-notify-tag = Уведомлять меня об этом теге
follow-following = Вы подписаны
follow-follow = Подписаться
# $level is one of the follow-level-* names.
follow-notifications = Уведомления: { $level }
follow-save = Сохранить
follow-level-every = Все публикации
follow-level-answers = Только ответы
follow-level-solved = Когда решён
follow-level-normal = Без подписки
follow-level-muted = Без звука
# What each level notifies about; "-topic" for a question, the others for a category or tag.
follow-describe-every-topic = Новые ответы, комментарии и решение вопроса.
follow-describe-every = Новые вопросы, ответы и комментарии.
follow-describe-answers-topic = Новые ответы и решение вопроса.
follow-describe-answers = Новые вопросы и ответы.
follow-describe-solved-topic = Только когда вопрос решён.
follow-describe-solved = Только когда решён один из вопросов здесь.
follow-describe-normal = Только когда вам отвечают или вас упоминают.
follow-describe-muted = Ничего, даже ответы внутри.

## Markdown editor

# Heading of the live preview of the text being typed.
editor-preview = Предпросмотр

## Similar questions

similar-questions = Похожие вопросы
similar-empty = Похожие вопросы появятся здесь, пока вы вводите заголовок.
similar-lead = Возможно, один из них уже отвечает на ваш вопрос.
similar-solved = Решён
similar-stats = { $votes ->
    [one] { $votes } голос
    [few] { $votes } голоса
    [many] { $votes } голосов
   *[other] { $votes } голоса
} · { $answers ->
    [one] { $answers } ответ
    [few] { $answers } ответа
    [many] { $answers } ответов
   *[other] { $answers } ответа
}
similar-solved-my-problem = Это решило мою проблему
# After a related question's title.
similar-related-answers = { $n ->
    [one] · { $n } ответ
    [few] · { $n } ответа
    [many] · { $n } ответов
   *[other] · { $n } ответа
}

## Asking support for help (components/escalate.rs)

escalate-conversation = Переписка со службой поддержки
escalate-label = С чем вам нужна помощь?
escalate-hint-asker = Эту переписку видите только вы и служба поддержки. Не сообщайте пароли.
escalate-hint-staff = Необязательно: участник получит уведомление и первым увидит это сообщение.
escalate-open = Мне нужна помощь службы поддержки
escalate-submit = Написать в поддержку

## Flagging a post or comment

flagdialog-thanks = Спасибо — модераторы это проверят.
flagdialog-flag-comment = Пожаловаться на комментарий
flagdialog-flag = Пожаловаться
flagdialog-title-comment = Пожаловаться на этот комментарий
flagdialog-title-post = Пожаловаться на эту публикацию
flagdialog-reason = Что не так?
flagdialog-duplicate-of = Исходный вопрос (ссылка или номер)
flagdialog-detail-required = Расскажите модераторам, в чём проблема
flagdialog-detail-optional = Подробности (необязательно)
flagdialog-send = Отправить жалобу
flagdialog-cancel = Отмена

## The moderator's menu on a post

moderate-summary = Модерировать
moderate-action = Действие
# An action on a member, e.g. "Warn alice"; $action is a moderation action's name.
moderate-action-member = { $action }: { $name }
moderate-reason = Причина
moderate-category = Категория
moderate-target = Другой вопрос (ссылка или номер)
moderate-assignee = Агент
moderate-assignee-placeholder = имя пользователя
# Followed by a duration such as "3 days".
moderate-duration = На какой срок
moderate-apply = Применить

## Topic lists (components/topics.rs)

# Screen-reader note after a category's name.
topics-visibility-public = Открытая
topics-visibility-members = Только для участников
topics-visibility-groups = Только для отдельных групп
topics-tags = Теги
# After a number, in a question's statistics.
topics-votes-label = { $n ->
    [one] голос
    [few] голоса
    [many] голосов
   *[other] голоса
}
topics-answers-label = { $n ->
    [one] ответ
    [few] ответа
    [many] ответов
   *[other] ответа
}
topics-views-label = { $n ->
    [one] просмотр
    [few] просмотра
    [many] просмотров
   *[other] просмотра
}
topics-pinned-title = Закреплён модераторами
topics-pinned = Закреплён
topics-featured = Рекомендуемый
topics-solved = Решён
# Between the author's name and the date: "alice asked 2 hours ago".
topics-asked = спросил(а)
topics-empty = Здесь пока нет вопросов.


## ——— g2-pages ———

## g2-pages: header, footer, language switcher, home, lists, search, profile,
## profile settings, sign in/up, leaderboard, badges, notifications, 404.

## Layout and footer

layout-skip-link = Перейти к содержимому
# Followed by a link named "Entraide" (the product's name).
footer-powered-by = Работает на
# After "Powered by Entraide — ".
footer-tagline = сообщество поддержки, где клиенты помогают друг другу.

## Language switcher (header)

language-label = Язык
language-change = Сменить язык

## Header

header-nav-label = Основное меню
header-nav-home = Главная
header-nav-questions = Вопросы
header-nav-tags = Теги
header-nav-leaderboard = Рейтинг
header-nav-badges = Значки
# The support staff's work queue.
header-nav-desk = Пульт
# The bell's accessible name when nothing is unread.
header-notifications = Уведомления
header-notifications-unread = { $n ->
    [one] Уведомления ({ $n } непрочитанное)
    [few] Уведомления ({ $n } непрочитанных)
    [many] Уведомления ({ $n } непрочитанных)
   *[other] Уведомления ({ $n } непрочитанных)
}
header-sign-in = Войти
header-sign-up = Зарегистрироваться
header-account-menu = Меню аккаунта { $name }
# Followed by the username in bold.
header-signed-in-as = Вы вошли как
header-your-profile = Ваш профиль
header-edit-profile = Редактировать профиль
header-notification-settings = Настройки уведомлений
header-admin-members = Участники и роли
header-admin-categories = Категории
header-admin-tags = Теги
header-admin-groups = Группы
header-admin-reputation = Репутация
header-admin-webhooks = Вебхук службы поддержки
header-admin-moderation = Правила модерации
header-admin-guidelines = Правила сообщества
header-sign-out = Выйти
header-suggested-questions = Похожие вопросы
header-solved = Решён
header-all-results = Все результаты
header-ask-question = Задать вопрос
header-search-label = Поиск
header-search-placeholder = Искать вопросы…
# A member's role, shown as a small badge.
header-role-member = Участник
header-role-agent = Агент
header-role-admin = Администратор

## Home page

home-welcome = Добро пожаловать в { $name }. Задайте вопрос, поделитесь своими знаниями и получите ответы от других клиентов и нашей службы поддержки. Каждый решённый вопрос помогает следующему человеку с той же проблемой.
home-join = Присоединиться к сообществу
home-have-account = У меня уже есть аккаунт
home-description = Спросите сообщество: ответы клиентов и службы поддержки, доступные для поиска всем.
home-heading = Чем мы можем помочь?
home-loading = Загрузка…
home-how-it-works = Как это работает
home-step-search = Сначала поищите.
home-step-search-detail = Возможно, кто-то уже решил эту проблему.
home-step-ask = Спросите сообщество.
home-step-ask-detail = Участники и агенты отвечают в реальном времени.
home-step-accept = Примите лучший ответ.
home-step-accept-detail = Он закрепляется наверху для следующего читателя.
home-support-team = Наша служба поддержки
home-member-count = { $n ->
    [one] К нам уже присоединился { $n } участник.
    [few] К нам уже присоединились { $n } участника.
    [many] К нам уже присоединились { $n } участников.
   *[other] К нам уже присоединились { $n } участника.
}
home-categories = Категории
home-ask = Задать вопрос
home-col-category = Категория
home-col-topics = Темы
home-col-posts = Сообщения
home-col-latest = Последняя активность
home-latest = Последние вопросы
home-all-questions = Все вопросы

## Question lists (all, a category's, a tag's)

questions-loading = Загрузка вопросов…
questions-category-description = Вопросы и обсуждения в категории «{ $name }».
# The page title of a tag's list.
questions-tag-title = Вопросы с тегом { $tag }
questions-tag-heading = Тег «{ $tag }»
questions-tag-description = Вопросы с тегом { $tag }.
questions-all-title = Все вопросы
questions-all-description = Все вопросы сообщества, сначала с самой свежей активностью.
questions-ask = Задать вопрос
questions-subcategories = Подкатегории
questions-sort-label = Сортировка
questions-filter-label = Фильтр
questions-pages = Страницы
questions-first-page = Первая страница
questions-next-page = Следующая страница
# The live bar above a list: "3 new questions — show".
questions-new-count = { $n ->
    [one] { $n } новый вопрос
    [few] { $n } новых вопроса
    [many] { $n } новых вопросов
   *[other] { $n } нового вопроса
}
questions-sort-active = Активные
questions-sort-newest = Новые
questions-sort-unanswered = Без ответа
questions-sort-votes = Больше голосов
questions-status-all = Все
questions-status-solved = Решённые
questions-status-unsolved = Нерешённые
questions-status-unanswered = Без ответов

## Tags page

tags-title = Теги
tags-description = Просматривайте вопросы по тегам: платформы, функции и вопросы об аккаунте.
tags-loading = Загрузка…
tags-all = Все теги
tags-other = Другие теги

## Search page

search-searching = Поиск…
search-title = Поиск
search-title-query = Поиск: { $q }
search-correct-filters = Исправьте выделенные фильтры.
# Keep the search syntax (tag:, is:solved, user:) untranslated.
search-help = Введите, что вы ищете: слова, "точную фразу", -исключение, tag:имя, is:solved, user:имя.
search-no-results = Ничего не найдено. Попробуйте меньше слов или другие слова либо уберите фильтр.
search-results = { $n ->
    [one] { $n } результат
    [few] { $n } результата
    [many] { $n } результатов
   *[other] { $n } результата
}
search-for = Что искать
search-filters = Фильтры
search-category = Категория
search-any-category = Любая категория
search-tag = Тег
# Whether questions are solved.
search-state = Состояние
search-state-any = Любое
search-state-solved = Решённые
search-state-unsolved = Нерешённые
search-state-unanswered = Без ответа
search-kind = Тип
search-kind-all = Вопросы и ответы
search-kind-questions = Вопросы
search-kind-answers = Ответы
search-language = Язык
search-any-language = Любой язык
search-author = Автор
# Date range: from … to …
search-from = С
search-to = По
search-submit = Искать
search-sort-label = Сортировка результатов
search-sort-relevance = По релевантности
search-sort-newest = Новые
search-sort-votes = Больше голосов
search-results-label = Результаты поиска
search-pages = Страницы результатов
search-previous = Назад
search-next = Далее
search-page-of = Страница { $current } из { $pages }
# Followed by a link "Ask the community".
search-not-what-you-need = Не нашли нужное?
search-ask = Спросите сообщество
search-hit-accepted-answer = Принятый ответ
search-hit-answer = Ответ
search-hit-question = Вопрос
# The accessible name of one result: its kind and title.
search-hit-label = { $kind }: { $title }
search-solved = Решён
search-hit-votes = { $n ->
    [one] { $n } голос
    [few] { $n } голоса
    [many] { $n } голосов
   *[other] { $n } голоса
}
search-hit-answers = { $n ->
    [one] { $n } ответ
    [few] { $n } ответа
    [many] { $n } ответов
   *[other] { $n } ответа
}
# Followed by the author's name.
search-hit-by = автор:

## Public profile

profile-loading = Загрузка…
profile-location = Местоположение:
# The languages a member reads, e.g. "Reads English, Français".
profile-reads = Читает: { $languages }
profile-description = Вопросы и ответы участника { $name } в сообществе.
# The level's name is set by the administrators.
profile-level = Уровень { $level } · { $name }
# Followed by a date.
profile-member-since = Участник с
# Followed by a date.
profile-last-seen = последний визит
profile-reputation = Репутация
profile-questions = Вопросы
profile-answers = Ответы
profile-accepted-answers = Принятые ответы
profile-votes-received = Получено голосов
profile-top-tags = Основные теги
profile-top-tag-stats = { $answers ->
    [one] { $answers } ответ · счёт { $score }
    [few] { $answers } ответа · счёт { $score }
    [many] { $answers } ответов · счёт { $score }
   *[other] { $answers } ответа · счёт { $score }
}
profile-no-questions = Вопросов пока нет.
profile-badges = Значки
profile-no-badges = Значков пока нет.
profile-badges-gold = Золотые значки
profile-badges-silver = Серебряные значки
profile-badges-bronze = Бронзовые значки
# A badge earned for one tag, e.g. "Tag expert: android".
profile-badge-with-tag = { $name }: { $tag }
profile-all-badges = Все значки
profile-reputation-history = История репутации
profile-no-reputation-events = Событий репутации пока нет.
profile-history-points = Очки
profile-history-event = Событие
profile-history-post = Сообщение
profile-history-when = Когда
profile-show-older = Показать более ранние

## Reputation history events

reputation-event-answer-upvoted = Голос за ответ
reputation-event-question-upvoted = Голос за вопрос
reputation-event-post-downvoted = Голос против сообщения
reputation-event-downvote-cast = Голос против ответа
reputation-event-answer-accepted = Ответ принят
reputation-event-accepted = Принят ответ на ваш вопрос
reputation-event-reversal = Отменено
reputation-event-other = Другое

## Profile settings

settings-profile-title = Редактирование профиля
settings-loading = Загрузка…
settings-correct-fields = Исправьте отмеченные ниже поля.
# Followed by a link "your profile".
settings-visible-on = Эти сведения видны всем в
settings-your-profile = вашем профиле
# Follows the link "your profile": starts with the sentence's full stop.
settings-email-hidden = . Ваш адрес электронной почты никогда не показывается.
settings-display-name = Отображаемое имя
settings-display-name-hint = Показывается рядом с именем пользователя. До 50 символов.
settings-bio = О себе
settings-bio-hint = Markdown, до 2000 символов.
settings-location = Местоположение
settings-website = Сайт
settings-website-hint = Ссылка, начинающаяся с https://.
settings-languages = Языки, которые вы читаете
settings-languages-hint = У сообщений на других языках появится кнопка «Перевести».
settings-save-profile = Сохранить профиль
settings-avatar-saved = Новое изображение сохранено.
settings-avatar-removed = Изображение удалено.
settings-avatar-heading = Изображение профиля
settings-avatar-new = Новое изображение
settings-avatar-hint = PNG, JPEG, GIF или WebP, до 5 МБ. Изображение обрезается до квадрата.
settings-avatar-upload = Загрузить изображение
settings-avatar-remove = Удалить аватар
settings-account-link = Сменить пароль
# /settings/account: changing one's password.
settings-account-title = Смена пароля
settings-account-lead = После смены пароля все остальные устройства выйдут из аккаунта; на этом устройстве вход сохранится.
settings-current-password = Текущий пароль
settings-new-password = Новый пароль
settings-new-password-hint = Не менее 10 символов, не распространённый пароль и без имени пользователя.
settings-change-password = Сменить пароль
settings-password-changed = Пароль изменён. Все остальные сеансы завершены.
settings-account-back = Вернуться к настройкам профиля
settings-language-heading = Язык
settings-ui-language = Язык интерфейса
settings-ui-language-browser = Как в моём браузере
settings-auto-translate = Автоматически переводить сообщения на языках, которые я не читаю
settings-save-language = Сохранить настройки языка
settings-language-saved = Настройки языка сохранены.

## Sign in and sign up

signin-title = Вход
signin-description = Войдите, чтобы задавать вопросы, отвечать и следить за важными для вас обсуждениями.
signin-lead = С возвращением! Войдите, чтобы задавать вопросы, отвечать и следить за вопросами.
signin-login = Имя пользователя или эл. почта
signin-password = Пароль
signin-submit = Войти
# Followed by the link "Create an account".
signin-new-here = Впервые здесь?
signin-create-account = Создайте аккаунт
signup-title = Регистрация
signup-description = Создайте бесплатный аккаунт, чтобы спрашивать сообщество, делиться ответами и получать признание.
signup-heading = Создание аккаунта
signup-lead = Присоединяйтесь к сообществу, чтобы задавать вопросы, делиться ответами и следить за тем, что вам важно.
signup-username = Имя пользователя
signup-username-hint = 3–32 символа: строчные латинские буквы, цифры, _ и -.
signup-email = Эл. почта
signup-email-hint = Никогда не показывается другим участникам.
signup-password = Пароль
signup-password-hint = Не меньше 10 символов. Избегайте распространённых паролей.
signup-submit = Зарегистрироваться
# Followed by the link "Sign in to your account".
signup-have-account = Уже есть аккаунт?
signup-sign-in = Войдите в свой аккаунт

## Leaderboard

leaderboard-title = Рейтинг
leaderboard-description = Участники, которые помогли больше всех на этой неделе, в этом месяце и за всё время.
leaderboard-loading = Загрузка…
leaderboard-period = Период
leaderboard-period-week = Эта неделя
leaderboard-period-month = Этот месяц
leaderboard-period-all = Всё время
# $period is one of the three leaderboard-caption-week/month/all phrases.
leaderboard-caption = Репутация, полученная { $period }
leaderboard-caption-category = Репутация, полученная { $period } в категории «{ $category }»
leaderboard-caption-tag = Репутация, полученная { $period } в теге { $tag }
leaderboard-caption-week = на этой неделе
leaderboard-caption-month = в этом месяце
leaderboard-caption-all = за всё время
leaderboard-category = Категория
leaderboard-all-categories = Все категории
leaderboard-tag = Тег
leaderboard-show = Показать
leaderboard-empty = За этот период здесь ещё никто не получил репутацию.
leaderboard-rank = Место
leaderboard-member = Участник
leaderboard-gained = Получено

## Badges page and badge catalogue

badges-title = Значки
badges-description = Все значки, которые могут получить участники, и за что их дают.
badges-intro = Значки выдаются автоматически, когда помощь участника соответствует критериям.
badges-loading = Загрузка…
badges-col-badge = Значок
badges-col-tier = Уровень
badges-col-criteria = Критерии
badges-col-members = Участники
# Followed by the names of members who recently earned the badge.
badges-recently = недавно:
badges-list-separator = { ", " }
badge-tier-bronze = Бронзовый
badge-tier-silver = Серебряный
badge-tier-gold = Золотой
badge-name-first-question = Первый вопрос
badge-criteria-first-question = Задал(а) первый вопрос.
badge-name-first-answer = Первый ответ
badge-criteria-first-answer = Впервые ответил(а) на вопрос.
badge-name-solver = Решатель
badge-criteria-solver = Получил(а) первый принятый ответ.
badge-name-commentator = Комментатор
badge-criteria-commentator = Оставил(а) 10 комментариев.
badge-name-welcomer = Радушный хозяин
badge-criteria-welcomer = Дал(а) первый ответ на первый вопрос нового участника.
badge-name-enthusiast = Энтузиаст
badge-criteria-enthusiast = Заходил(а) в сообщество 7 дней подряд.
badge-name-good-answer = Хороший ответ
badge-criteria-good-answer = Ответ набрал счёт 10. Выдаётся за каждый такой ответ.
badge-name-popular-question = Популярный вопрос
badge-criteria-popular-question = Вопрос просмотрели 1000 раз. Выдаётся за каждый такой вопрос.
badge-name-helper = Помощник
badge-criteria-helper = Получил(а) 10 принятых ответов.
badge-name-great-answer = Отличный ответ
badge-criteria-great-answer = Ответ набрал счёт 25. Выдаётся за каждый такой ответ.
badge-name-verified = Проверено
badge-criteria-verified = Служба поддержки проверила один из ваших ответов.
# A badge earned once per tag.
badge-name-tag = Эксперт по тегу
badge-criteria-tag = Получил(а) 20 принятых ответов в вопросах с одним тегом. Выдаётся за каждый тег.
badge-name-expert = Эксперт
badge-criteria-expert = Получил(а) 50 принятых ответов.

## Notifications

notifications-title = Уведомления
notifications-settings-link = Настройки
notifications-mark-all-read = Отметить все как прочитанные
notifications-loading = Загрузка…
notifications-nothing-unread = Непрочитанных нет.
notifications-unread = { $n ->
    [one] { $n } непрочитанное уведомление.
    [few] { $n } непрочитанных уведомления.
    [many] { $n } непрочитанных уведомлений.
   *[other] { $n } непрочитанного уведомления.
}
notifications-empty = Уведомлений пока нет. Подпишитесь на вопросы, категории или теги, чтобы узнавать о новом.
notifications-pages = Страницы
notifications-newest = Новые
notifications-older = Более ранние
# Read by screen readers after an unread notification.
notifications-unread-mark = (не прочитано)
notifications-mark-read = Отметить как прочитанное
notifications-settings-title = Настройки уведомлений
notifications-settings-intro = Выберите, что будет приходить во входящие. Колокольчик показывает непрочитанное.
notifications-settings-saved = Сохранено.
notifications-settings-legend = Сообщать мне, когда
notifications-settings-save = Сохранить
# The kinds of notification (settings checkboxes, after "Notify me when").
notification-kind-new-answer = появился новый ответ на вопрос, на который вы подписаны
notification-kind-new-comment = появился новый комментарий в теме, за которой вы внимательно следите
notification-kind-comment-on-post = кто-то прокомментировал ваш вопрос или ответ
notification-kind-mention = кто-то упомянул вас (@имя)
notification-kind-accepted = ваш ответ принят
notification-kind-solved = вопрос, на который вы подписаны, решён
notification-kind-upvote = за ваши сообщения проголосовали
notification-kind-badge = вы получили значок
notification-kind-new-question = появился новый вопрос в категории или теге, на которые вы подписаны
notification-kind-moderation = модераторы написали вам (всегда включено)
notification-kind-support = служба поддержки ответила в ваших обращениях
# Inbox sentences. $actor is a username, $title a question's title.
# Stands for a member whose name is unknown.
notification-someone = Кто-то
notification-text-new-answer = { $actor }: новый ответ на «{ $title }»
notification-text-new-comment = { $actor }: новый комментарий к «{ $title }»
notification-text-comment-on-question = { $actor }: комментарий к вашему вопросу «{ $title }»
notification-text-comment-on-answer = { $actor }: комментарий к вашему ответу в «{ $title }»
notification-text-mention = { $actor } упоминает вас в «{ $title }»
notification-text-accepted = { $actor } принимает ваш ответ на «{ $title }»
notification-text-solved = Вопрос «{ $title }» решён
# $what is notification-text-upvote-what-question or -answer.
notification-text-upvote-one = { $actor } голосует за ваш { $what } в «{ $title }»
notification-text-upvote-two = { $actor } и ещё 1 человек проголосовали за ваш { $what } в «{ $title }»
# $n is 3 or more.
notification-text-upvote-many = { $n ->
    [one] { $n } человек проголосовал за ваш { $what } в «{ $title }»
    [few] { $n } человека проголосовали за ваш { $what } в «{ $title }»
    [many] { $n } человек проголосовали за ваш { $what } в «{ $title }»
   *[other] { $n } человека проголосовали за ваш { $what } в «{ $title }»
}
notification-text-upvote-what-question = вопрос
notification-text-upvote-what-answer = ответ
notification-text-badge = Вы получили значок «{ $badge }»
notification-notice-assigned = Вам поручили вопрос «{ $title }»: { $reason }
notification-notice-warned = Модератор вынес вам предупреждение: { $reason }
notification-notice-silenced = Вы не можете публиковать до { $until }: { $reason }
notification-notice-suspended = Ваша учётная запись заблокирована до { $until }: { $reason }
notification-notice-lifted = Модератор снял ограничения с вашей учётной записи: { $reason }
notification-notice-support-opened = Поддержка начала с вами разговор о «{ $title }»
notification-notice-support-replied = Поддержка ответила по вопросу «{ $title }»
notification-notice-support-resolved = Поддержка отметила ваш разговор о «{ $title }» как решённый
notification-text-new-question = { $actor }: новый вопрос «{ $title }»

## Not found and error pages

notfound-title = Страница не найдена
notfound-heading = Не удалось найти эту страницу
notfound-text = Возможно, ссылка неверна или страница была перемещена или удалена.
notfound-home = На главную
notfound-error-sign-in = Пожалуйста, войдите
notfound-error-forbidden = Доступ запрещён
notfound-error-not-found = Не найдено
notfound-error-other = Что-то пошло не так
notfound-sign-in = Войти


## ——— g3-desk ———

## Desk, moderation log, moderation rules, guidelines, support, webhooks (g3-desk)

desk-title = Пульт
desk-loading = Загрузка…
desk-queues = Очереди
desk-summary-flags = Жалобы ({ $n })
desk-summary-held = На проверке ({ $n })
desk-summary-unanswered = Без ответа ({ $n }, просрочено: { $overdue })
desk-summary-escalations = Обращения ({ $n })
desk-summary-assigned = Назначены мне ({ $n })
desk-empty-flags = Открытых жалоб нет.
desk-empty-held = Нет ничего на проверке.
desk-empty-unanswered = На все вопросы есть ответы.
desk-empty-escalations = Открытых обращений в поддержку нет.
desk-empty-assigned = Вам ничего не назначено.
desk-escalation-label = Обращение: { $title }
desk-escalation-meta = { $member } · { $status } · обновлено
desk-claimed-by = Взято: { $name }
desk-release = Освободить
desk-claim = Взять
desk-reason = Причина
desk-hide-post = Скрыть публикацию
desk-flagged-label = Жалоба: { $title }
desk-flag-count = { $n ->
    [one] { $n } жалоба
    [few] { $n } жалобы
    [many] { $n } жалоб
   *[other] { $n } жалобы
}
desk-hidden = Скрыто
desk-by-excerpt = автор: { $author } — { $excerpt }
desk-auto-moderation = Автомодерация
desk-flag-on-comment = { $reason } (комментарий)
desk-flag-entry = { $reason } — { $who }
desk-flag-entry-detail = { $reason } — { $who }: { $detail }
desk-flag-original = оригинал:
desk-decide-label = Решение по жалобам на { $title }
desk-held-label = На проверке: { $title }
desk-held-why = Почему задержано:
desk-review-label = Проверить { $title }
desk-target = цель { $n } ч
desk-overdue = Просрочено
desk-question-meta = { $category } · спросил(а) { $author } · ждёт { $waited } ({ $target })
desk-assigned-to = Назначено: { $name }

## Desk queues (headings; ids are queue-<name>)

queue-flags = Жалобы
queue-held = На проверке
queue-unanswered = Вопросы без ответа
queue-escalations = Обращения
queue-assigned = Назначены мне

## How long a question has waited (short units)

age-minutes = { $n } мин
age-hours = { $n } ч
age-days = { $n } дн.
age-days-hours = { $d } дн. { $h } ч

## Moderation log

log-title = Журнал модерации
log-back = Вернуться к пульту
log-filter-label = Фильтр журнала
log-agent = Агент
log-action = Действие
log-any-action = Любое действие
log-member = Участник
log-from = С
log-to = По
log-filter = Применить
log-empty = Подходящих действий нет.
log-when = Когда
log-who = Кто
log-where = Где
log-reason = Причина
log-post = Публикация
log-pages = Страницы
log-older = Более ранние
log-detail-revision = Редакция { $n }
log-detail-translations = Перевод: { $languages }
log-detail-duplicate-of = Дубликат #{ $id } «{ $title }»
log-detail-merged-into = Объединено с #{ $id } «{ $title }»
log-detail-assigned-to = Назначено: { $name }
log-detail-moved = Перемещено из «{ $from }» в «{ $to }»
log-detail-already-in = Уже в «{ $category }»
log-detail-until = До { $date }
log-detail-trusted-flags = Жалоб от доверенных участников: { $n }; скрыто до проверки
desk-held-translation = Перевод: { $language }

## Moderator actions (ids are mod-action-<code>), as the log and menus name them

mod-action-hide = Скрыть
mod-action-unhide = Показать снова
mod-action-delete = Удалить
mod-action-restore = Восстановить
mod-action-edit = Изменить
mod-action-lock = Закрыть тему
mod-action-unlock = Открыть тему
mod-action-pin = Закрепить
mod-action-unpin = Открепить
mod-action-feature = Выделить
mod-action-unfeature = Снять выделение
mod-action-move = Переместить
mod-action-close_duplicate = Закрыть как дубликат
mod-action-merge = Объединить
mod-action-assign = Назначить
mod-action-unassign = Снять назначение
mod-action-warn = Предупредить
mod-action-silence = Запретить писать
mod-action-suspend = Заблокировать
mod-action-lift = Снять санкции
mod-action-approve = Одобрить
mod-action-dismiss = Отклонить жалобы
mod-action-hold = Задержано для проверки
mod-action-flag = Жалоба
mod-action-redact = Удаление текста версии

## Why a post is flagged (ids are flag-reason-<code>)

flag-reason-spam = Спам
flag-reason-rude = Грубость или оскорбления
flag-reason-off_topic = Не по теме
flag-reason-duplicate = Дубликат другого вопроса
flag-reason-needs_staff = Нужна служба поддержки
flag-reason-other = Другое

## Support conversation statuses (ids are escalation-status-<code>)

escalation-status-open = Открыто
escalation-status-waiting = Ждёт ответа участника
escalation-status-resolved = Решено

## Admin: moderation rules

modrules-saved = Настройки модерации сохранены.
modrules-word-saved = Отслеживаемое слово сохранено.
modrules-word-removed = Отслеживаемое слово удалено.
modrules-target-saved = Целевое время ответа сохранено.
modrules-title = Правила модерации
modrules-flags = Жалобы
modrules-flag-min-reputation = Репутация, нужная, чтобы пожаловаться
modrules-flags-to-hide = Сколько жалоб от доверенных участников скрывает публикацию до проверки
modrules-new-members = Новые участники
modrules-new-members-help = Участник считается новым, пока его репутация ниже этого порога или его учётной записи меньше указанного срока. Новые участники могут добавить не больше 2 ссылок в публикацию и опубликовать не больше 3 раз за первый час.
modrules-new-reputation = Новый при репутации ниже
modrules-new-hours = Новый в течение часов после регистрации
modrules-hold-first = Задерживать для проверки первую публикацию каждого нового участника
modrules-spam = Спам
modrules-spam-domains = Спам-домены (по одному на строку; включая поддомены)
modrules-save = Сохранить правила модерации
modrules-watched = Отслеживаемые слова
modrules-watched-help = Ищутся как целые слова в новых публикациях («doc» никогда не совпадёт с «document»). «Блокировать» отклоняет публикацию, «задержать» оставляет её на проверку, «пожаловаться» публикует её с жалобой для агентов.
modrules-watched-empty = Отслеживаемых слов нет.
modrules-does-block = блокировать
modrules-does-hold = задержать
modrules-does-flag = пожаловаться
modrules-remove-label = Удалить { $word }
modrules-remove = Удалить
modrules-word = Слово или фраза
modrules-word-action = Что делать
modrules-choose-block = Блокировать публикацию
modrules-choose-hold = Задержать для проверки
modrules-choose-flag = Пожаловаться агентам
modrules-add-word = Добавить отслеживаемое слово
modrules-targets = Целевое время ответа
modrules-targets-help = Как скоро вопрос должен получить первый ответ. Вопросы без ответа старше этого срока выделяются на пульте как просроченные.
modrules-category = Категория
modrules-target-hours = Цель (в часах, 0 — без цели)
modrules-target-label = Цель для { $name } в часах
modrules-save-target = Сохранить

## Community guidelines

guidelines-title = Правила сообщества
guidelines-edit-title = Изменить правила
guidelines-saved = Правила сохранены.
guidelines-shown-at = Markdown. Показываются на странице
guidelines-shown-where = , по ссылке из формы вопроса и тем, кто задаёт вопрос впервые.
guidelines-label = Правила
guidelines-save = Сохранить правила

## Support conversation

support-title = Обращение в поддержку
support-status-label = Статус
support-update-status = Обновить статус
support-mark-resolved = Отметить как решённое
support-private-staff = Личная переписка с { $member }. Прочитать её могут только этот участник и служба поддержки.
support-private-member = Личная переписка со службой поддержки. Прочитать её можете только вы и сотрудники поддержки.
support-about = По вопросу
support-status = Статус: { $status }
support-opened-by = Открыл(а) { $name }
support-messages = Сообщения
support-no-messages = Сообщений пока нет.
support-back = Вернуться к вопросу
support-message-from = Сообщение от { $author }
support-badge = Поддержка
support-your-message = Ваше сообщение
support-hint = Поддерживается Markdown: **жирный**, `code`, списки, ссылки.
support-send = Отправить

## Admin: helpdesk webhook

webhooks-saved = Настройки вебхука сохранены.
webhooks-test-queued = Тестовая доставка поставлена в очередь: она будет отправлена через несколько секунд. Обновите страницу, чтобы увидеть результат.
webhooks-title = Вебхук службы поддержки
webhooks-secret-kept = Секрет задан: оставьте поле пустым, чтобы сохранить его
webhooks-no-secret = Секрет ещё не задан
webhooks-intro-signed = Обращения отправляются в вашу службу поддержки в виде подписанного JSON (POST). Каждый запрос содержит
webhooks-intro-hmac = , HMAC-SHA256 от «<t>.<body>» с секретом подписи, и
webhooks-intro-retries = для распознавания повторов. Неудачные доставки повторяются через 30 с, 2 мин, 10 мин, 1 ч и 6 ч.
webhooks-url = URL вебхука
webhooks-url-hint = Полный адрес http:// или https://. Оставьте пустым, чтобы отключить вебхуки. Адреса этой машины или частной сети (localhost, 10.x, 192.168.x) требуют ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true на сервере.
webhooks-secret = Секрет подписи
webhooks-secret-hint = Не меньше 16 символов, общий со службой поддержки. Больше он не показывается.
webhooks-save = Сохранить вебхук
webhooks-send-test = Отправить тестовую доставку
webhooks-deliveries = Доставки
webhooks-refresh = Обновить
webhooks-latest = Последние { $n }, сначала новые. Время в UTC.
webhooks-empty = Доставок пока нет.
webhooks-caption = Доставки вебхука, сначала новые
webhooks-col-delivery = Доставка
webhooks-col-event = Событие
webhooks-col-status = Статус
webhooks-col-attempts = Попытки
webhooks-col-last-http = Последний HTTP-статус
webhooks-col-error = Ошибка
webhooks-col-created = Создана
webhooks-col-when = Доставлена или следующая попытка
webhooks-next = следующая
webhooks-attempts = { $n } из { $max }
webhooks-status-pending = Ожидает
webhooks-status-delivered = Доставлена
webhooks-status-failed = Не удалась


## ——— g4-admin ———

## Admin pages (categories, tags, groups, members, reputation)

## Roles and category visibility (shared with other pages)

role-member = Участник
role-agent = Агент
role-admin = Администратор
# Who may read a category
visibility-public = Публичная
visibility-members = Только для участников
visibility-groups = Только для групп

## Shared by the admin pages

# Hidden column header above the Edit/Delete buttons
admin-actions = Действия
admin-edit = Изменить
admin-delete = Удалить
admin-name = Название
admin-description = Описание
# Sort order of a category or tag group
admin-position = Позиция
admin-topics = Темы
# No group chosen
admin-none = Нет
# A group (of members or of tags), column header
admin-group = Группа

## /admin/categories

categories-title = Категории
categories-loading = Загрузка категорий…
categories-created = Категория «{ $name }» создана.
categories-saved = Категория «{ $name }» сохранена.
categories-deleted = Категория удалена.
categories-edit-heading = Изменить категорию «{ $name }»
categories-new = Новая категория
categories-count = { $n ->
    [one] { $n } категория
    [few] { $n } категории
    [many] { $n } категорий
   *[other] { $n } категории
}
categories-caption = Категории, за каждой следуют её подкатегории
# The category's name in web addresses
categories-slug = Адрес (slug)
categories-visibility = Видимость
# Which post kinds a category accepts (questions, discussions)
categories-accepts = Принимает
categories-accepts-questions = Вопросы
categories-accepts-discussions = Обсуждения
# $groups: the names of the groups, separated by commas
categories-restricted-to = Только для групп: { $groups }
categories-new-instead = Вместо этого создать новую категорию
categories-edit-label = Изменить категорию { $name }
categories-delete-label = Удалить категорию { $name }
categories-save = Сохранить категорию
categories-create = Создать категорию
categories-slug-hint = В адресе: от 2 до 40 строчных латинских букв, цифр и дефисов.
categories-colour = Цвет
categories-position-hint = Меньшие числа идут первыми.
categories-parent = Родительская категория
categories-parent-none = Нет (верхний уровень)
categories-visibility-hint = Только для участников: скрыта от посетителей и поисковых систем. Только для групп: читать её могут лишь выбранные группы (и сотрудники).
categories-groups = Группы
# Followed by a link "Create a group"
categories-no-groups = Групп пока нет.
categories-create-group = Создать группу

## /admin/tags

admintags-title = Теги
admintags-loading = Загрузка тегов…
admintags-created = Тег «{ $name }» создан.
admintags-saved = Тег «{ $name }» сохранён.
admintags-merged = Теги объединены.
admintags-deleted = Тег удалён.
admintags-group-created = Группа тегов «{ $name }» создана.
admintags-group-deleted = Группа тегов удалена; её теги теперь без группы.
admintags-setting-on = Теперь участники могут создавать новые теги.
admintags-setting-off = Теперь создавать новые теги могут только агенты и администраторы.
admintags-edit-heading = Изменить тег «{ $name }»
admintags-new = Новый тег
admintags-count = { $n ->
    [one] { $n } тег
    [few] { $n } тега
    [many] { $n } тегов
   *[other] { $n } тега
}
admintags-caption = Теги, сначала самые используемые
admintags-col-tag = Тег
# Column header: how many tags a tag group holds
admintags-col-tags = Теги
admintags-new-instead = Вместо этого создать новый тег
admintags-merge-heading = Объединить теги
admintags-merge-intro = Все темы первого тега переходят ко второму; затем первый тег удаляется.
admintags-groups-heading = Группы тегов
admintags-no-groups = Групп тегов пока нет.
admintags-new-group = Новая группа тегов
admintags-settings-heading = Настройки тегов
admintags-members-create = Участники могут создавать новые теги
admintags-members-create-hint = Если выключено, участники выбирают из существующих тегов; агенты и администраторы могут создавать их всегда.
admintags-save-setting = Сохранить настройку
admintags-edit-label = Изменить тег { $name }
admintags-delete-label = Удалить тег { $name }
admintags-delete-group-label = Удалить группу тегов { $name }
admintags-save = Сохранить тег
admintags-create = Создать тег
admintags-name = Название тега
# Keep the characters - + # . as they are
admintags-name-hint = Строчные латинские буквы, цифры и - + # . (не более 30 символов).
admintags-description = Описание тега
admintags-group = Группа тегов
# Merge form: "Merge tag [A] Into tag [B]"
admintags-merge-from = Объединить тег
admintags-merge-into = С тегом
admintags-choose = Выберите тег
admintags-merge = Объединить
admintags-group-name = Название группы тегов
admintags-create-group = Создать группу тегов

## /admin/groups (groups of members)

groups-title = Группы
groups-loading = Загрузка групп…
groups-created = Группа «{ $name }» создана.
groups-deleted = Группа удалена.
groups-member-added = { $username } добавлен(а) в группу.
groups-member-removed = Участник удалён из группы.
groups-count = { $n ->
    [one] { $n } группа
    [few] { $n } группы
    [many] { $n } групп
   *[other] { $n } группы
}
groups-intro = В категории только для групп допускаются лишь участники этих групп (и сотрудники).
groups-empty = Групп пока нет.
groups-members = Участники
groups-member-count = { $n ->
    [one] { $n } участник
    [few] { $n } участника
    [many] { $n } участников
   *[other] { $n } участника
}
groups-members-of = Участники группы { $name }
groups-delete-label = Удалить группу { $name }
groups-new = Новая группа
groups-name = Название группы
groups-create = Создать группу
groups-nobody = В этой группе пока никого нет.
groups-close = Закрыть
groups-username = Имя пользователя
groups-username-hint = Добавьте участника по имени пользователя.
groups-add-member = Добавить участника
groups-remove-label = Удалить { $username } из группы
groups-remove = Удалить

## /admin/members

members-title = Участники
# $role: member, agent or admin
members-role-changed = { $username } теперь { $role ->
    [member] участник
    [agent] агент
   *[admin] администратор
}.
members-loading = Загрузка участников…
members-accounts = { $n ->
    [one] { $n } учётная запись
    [few] { $n } учётные записи
    [many] { $n } учётных записей
   *[other] { $n } учётной записи
}
members-find-label = Найти участника
members-find-placeholder = Поиск по имени пользователя или эл. почте
members-filter = Фильтр
members-col-member = Участник
members-col-email = Эл. почта
# Date the account was created
members-col-joined = Регистрация
members-col-role = Роль
members-next = Следующая страница
members-role-for = Роль пользователя { $username }
members-save-role-for = Сохранить роль пользователя { $username }
members-save = Сохранить

## /admin/reputation

adminrep-saved = Настройки репутации сохранены.
adminrep-title = Репутация и уровни
adminrep-loading = Загрузка…
# A points setting and its allowed range, e.g. "Answer upvoted (0 to 1000)"
adminrep-rule-field = { $label } (от { $min } до { $max })
adminrep-rule-answer-upvoted = Голос за ответ
adminrep-rule-question-upvoted = Голос за вопрос
adminrep-rule-post-downvoted = Голос против сообщения
adminrep-rule-downvote-cast = Голос против ответа (тому, кто голосует)
adminrep-rule-answer-accepted = Ответ принят (автору ответа)
adminrep-rule-accepter = Принятие ответа (автору вопроса)
adminrep-rule-downvote-min = Репутация, нужная для голоса против
adminrep-rule-daily-cap = Дневной лимит очков за голоса
adminrep-level = Уровень { $n }
adminrep-level-name = Название уровня { $n }
adminrep-level-min = Репутация для уровня { $n }
adminrep-intro = Очки записываются в журнал каждого участника по мере событий; изменения применяются только к новым событиям.
adminrep-points = Очки
adminrep-levels = Уровни
adminrep-col-level = Уровень
adminrep-col-starts = Начинается с репутации
adminrep-save = Сохранить настройки


## ——— g5-errors ———

## Errors returned by the server (g5-errors)

# AppError: what a failed request says.
apperror-invalid = Исправьте выделенные поля.
apperror-not-signed-in = Войдите, чтобы продолжить.
apperror-not-found = Эта страница не существует или больше недоступна.
apperror-internal = Что-то пошло не так на нашей стороне. Попробуйте ещё раз через минуту.
apperror-busy = Сейчас сервер сильно загружен. Попробуйте ещё раз через несколько секунд.
# $detail is a technical description (offline, server unreachable…), not translated.
apperror-transport = Не удалось выполнить запрос: { $detail }

# Why a permission was refused.
denied-not-signed-in = Войдите, чтобы сделать это.
denied-forbidden = У вас нет прав на это действие.
denied-own-role = Вы не можете изменить свою роль; попросите другого администратора.
denied-new-tag = Новые теги создаёт команда. Выберите существующие теги или попросите агента добавить новый.
denied-has-answers = Автор не может удалить вопрос, на который уже есть ответы. Обратитесь в поддержку, если его нужно убрать.
denied-own-post = Нельзя голосовать за свою публикацию.
# $n: the reputation needed.
denied-downvote-reputation = Чтобы голосовать против, нужна репутация не меньше { $n }. Голосуйте за то, что помогает, и комментируйте то, что можно улучшить.
denied-flag-reputation = Чтобы пожаловаться, нужна репутация не меньше { $n }. Продолжайте помогать — и она придёт.
denied-not-asker = Принять ответ может только автор вопроса или служба поддержки.

# Rate limits. limit-minutes is inserted as $wait into the other messages
# ("please wait 5 minutes", "try again in 5 minutes").
limit-minutes = { $n ->
    [one] { $n } минуту
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
limit-write = Вы публикуете чаще, чем позволяет это сообщество. Подождите { $wait } и попробуйте снова; написанный текст сохранён.
limit-sign-in = Слишком много неудачных попыток входа. В целях безопасности подождите { $wait } и попробуйте снова.
limit-sign-in-network = Слишком много неудачных попыток входа из вашей сети. В целях безопасности подождите { $wait } и попробуйте снова.
limit-sign-up = С вашей сети недавно создано слишком много аккаунтов. Попробуйте снова через { $wait }.
limit-try-again = Слишком много запросов. Попробуйте снова через { $wait }.
limit-translate = Недавно было запрошено слишком много новых переводов. Попробуйте снова через { $wait }; уже сделанные переводы можно читать.

# Sign-in refusals.
api-sign-in-bad-credentials = Неверное имя пользователя, адрес электронной почты или пароль.
# $until: a date like "2026-12-04 13:05 UTC"; $reason: the moderator's words.
api-sign-in-suspended = Ваш аккаунт заблокирован до { $until }: { $reason }

api-desk-staff-only = Пульт доступен только агентам поддержки и администраторам.
api-edit-own-posts-only = Вы можете редактировать только свои публикации.

# The answer to a moderator action: $action is the action's name (mod-action-*).
api-moderate-done = { $action }: готово.
api-moderate-done-for = { $action } ({ $member }): готово.
# An action whose name is unknown.

## error codes (already in en.ftl: skip when merging)

error-username-too-short = Используйте не менее 3 символов.
error-username-too-long = Используйте не более 32 символов.
error-username-invalid-chars = Используйте только строчные латинские буквы a–z, цифры, подчёркивания (_) и дефисы (-).
error-username-reserved = Это имя зарезервировано. Выберите другое.
error-username-taken = Это имя пользователя уже занято.
error-email-invalid = Введите адрес электронной почты, например name@example.com.
error-email-too-long = Этот адрес электронной почты слишком длинный.
error-email-taken = Аккаунт с этим адресом уже существует. Попробуйте войти.
error-password-too-short = Используйте не менее 10 символов.
error-password-too-long = Используйте не более 256 символов.
error-password-common = Этот пароль слишком распространён и легко угадывается. Выберите другой.
error-password-contains-username = Пароль не должен содержать ваше имя пользователя.
error-password-incorrect = Это не ваш текущий пароль.
error-field-required = Это поле обязательно.
error-role-unknown = Выберите: участник, агент или администратор.
error-title-too-short = Используйте не менее 15 символов, чтобы другие сразу поняли суть проблемы.
error-title-too-long = Используйте не более 150 символов.
error-body-too-short = Используйте не менее 30 символов: опишите, что вы пробовали и что произошло.
error-body-too-long = Используйте не более 30 000 символов.
error-comment-too-long = Используйте не более 600 символов.
error-tags-required = Добавьте хотя бы один тег.
error-tags-too-many = Используйте не более 5 тегов.
error-tag-invalid = В тегах допустимы строчные буквы, цифры и - + # . (не более 30 символов).
error-tag-unknown = Такого тега нет. Выберите существующий тег.
error-tag-taken = Тег с таким названием уже существует.
error-category-unknown = Выберите категорию.
error-category-kind-not-accepted = Эта категория не принимает такой тип публикаций. Выберите другую категорию или другой тип.
error-post-kind-unknown = Выберите вопрос или обсуждение.
error-name-too-short = Используйте не менее 2 символов.
error-name-too-long = Используйте не более 50 символов.
error-name-taken = Это название уже используется.
error-slug-invalid = Используйте от 2 до 40 строчных латинских букв a–z, цифр и дефисов.
error-slug-taken = Этот адрес (slug) уже занят другой категорией.
error-color-invalid = Укажите цвет, например #2f7de1.
error-description-too-long = Используйте не более 500 символов.
error-category-parent-invalid = Родителем подкатегории должна быть категория верхнего уровня, отличная от неё самой.
error-category-has-children = У этой категории есть подкатегории, поэтому она не может стать подкатегорией.
error-category-visibility-unknown = Выберите: публичная, только для участников или только для групп.
error-category-groups-required = Выберите хотя бы одну группу, которой будет видна эта категория.
error-category-too-many-groups = Выберите не более 100 групп.
error-group-unknown = Такой группы нет.
error-category-not-empty = Сначала перенесите или удалите её публикации и подкатегории.
error-reason-too-long = Используйте не более 300 символов.
error-post-locked = Этот вопрос закрыт: новые ответы и комментарии не принимаются.
error-post-deleted = Эта публикация удалена.
error-post-has-answers = Автор не может удалить вопрос, на который уже есть ответы. Обратитесь в поддержку, если его нужно убрать.
error-revision-unknown = Такой версии нет.
error-revision-current = Это текущий текст сообщения: сначала отредактируйте сообщение, затем удалите текст этой версии.
error-revision-redacted = Текст этой версии удалён.
error-post-nothing-changed = Ничего не изменилось: отредактируйте текст перед сохранением.
error-tag-merge-same = Выберите другой тег для объединения.
error-member-unknown = Участника с таким именем пользователя нет.
error-number-out-of-range = Введите целое число в допустимом диапазоне.
error-level-first-zero = Уровень 1 начинается с репутации 0.
error-level-ascending = Каждый уровень должен требовать больше репутации, чем предыдущий.
error-post-not-an-answer = Принять можно только ответ на этот вопрос.
error-vote-invalid = Проголосуйте за, против или отзовите свой голос.
error-name-invalid = Используйте только буквы, цифры, пробелы и знаки препинания.
error-bio-too-long = Используйте не более 2000 символов.
error-location-too-long = Используйте не более 60 символов.
error-website-invalid = Введите веб-адрес, начинающийся с https://, например https://example.com.
error-language-unknown = Выберите языки из списка.
error-image-invalid = Загрузите изображение PNG, JPEG, GIF или WebP.
error-image-too-large = Загрузите изображение размером не более 5 МБ.
error-image-too-many-pixels = Загрузите изображение размером не более 8192 × 8192 пикселей.
error-follow-target-unknown = Подписаться можно на вопрос, категорию или тег.
error-follow-level-unknown = Выберите уровень уведомлений из списка.
error-notification-kind-unknown = Выберите типы уведомлений из списка.
error-search-query-too-long = Используйте не более 500 символов: оставьте самые важные слова.
error-search-page-out-of-range = Результаты заканчиваются на странице 50: добавьте слова или фильтры, чтобы сузить поиск.
error-search-filter-unknown = Выберите значение из списка.
error-date-invalid = Введите дату в формате 2024-01-31.
error-date-range-inverted = Дата окончания должна быть позже даты начала.
error-content-blocked = Текст содержит слово, которое в этом сообществе запрещено. Пожалуйста, перефразируйте.
error-content-too-many-links = Новые участники могут добавить в публикацию не более 2 ссылок. Уберите часть ссылок или опубликуйте их позже.
error-content-new-member-limit = Новые участники могут опубликовать не более 3 сообщений за первый час. Подождите немного и попробуйте снова.
error-member-silenced = Сейчас вы не можете публиковать: модератор запретил вашему аккаунту публикации.
error-flag-reason-unknown = Выберите, почему вы жалуетесь на эту публикацию.
error-flag-detail-required = Расскажите модераторам, что не так.
error-flag-duplicate-required = Укажите ссылку на исходный вопрос или его номер.
error-flag-reputation = Чтобы жаловаться, нужно больше репутации. Продолжайте помогать — и она придёт.
error-reason-required = Укажите причину: она записывается в журнал модерации.
error-duration-invalid = Укажите срок, например 3 дня, 12 часов или 2 недели (не больше года).
error-question-unknown = Такого вопроса нет. Укажите ссылку на него или его номер.
error-question-same = Выберите другой вопрос, не этот.
error-agent-unknown = Выберите агента поддержки.
error-message-too-long = Используйте не более 10 000 символов.
error-url-invalid = Укажите полный адрес, начинающийся с http:// или https://.
error-secret-too-short = Используйте секрет длиной не менее 16 символов.
error-secret-too-long = Этот секрет слишком длинный: вставьте только сам ключ.
error-url-private = Этот адрес находится в частной или локальной сети. Укажите публичный адрес или задайте на сервере ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true.
error-secret-key-missing = Задайте на сервере ENTRAIDE_SECRET_KEY, чтобы сохранять секреты.
error-word-invalid = Используйте слово или фразу от 2 до 60 символов: буквы, цифры, пробелы или дефисы.
error-word-action-unknown = Выберите: заблокировать, задержать для проверки или пожаловаться.
error-spam-domains-too-many = Укажите не более 1 000 доменов, по одному в строке.
error-text-too-long = Этот текст слишком длинный.
error-status-unknown = Выберите: открыт, ожидает участника или решён.
