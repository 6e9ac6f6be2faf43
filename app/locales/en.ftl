# English — the interface's reference language. Every other file in this
# folder must define the same messages (the i18n tests check it). To add a
# language, copy this file to <code>.ftl (an ISO 639-1 code) and translate it.

## The language itself

language-name = English
number-group-separator = ,
number-decimal-separator = .

## Dates

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# "Nov 23, 2026"
date-medium = { $month } { $day }, { $year }
# Used by the i18n tests only.
test-count = { $n ->
    [one] { $n } item
   *[other] { $n } items
}

## Errors shown next to a field (one per error code)

error-username-too-short = Use at least 3 characters.
error-username-too-long = Use at most 32 characters.
error-username-invalid-chars = Use only lowercase letters a–z, digits, underscores (_) and hyphens (-).
error-username-reserved = This name is reserved. Please choose another.
error-username-taken = This username is already taken.
error-email-invalid = Enter an email address like name@example.com.
error-email-too-long = This email address is too long.
error-email-taken = An account with this email already exists. Try signing in.
error-password-too-short = Use at least 10 characters.
error-password-too-long = Use at most 256 characters.
error-password-common = This password is too common and easy to guess. Choose another.
error-password-contains-username = Your password must not contain your username.
error-password-incorrect = This is not your current password.
error-field-required = This field is required.
error-role-unknown = Choose member, agent or admin.
error-title-too-short = Use at least 15 characters, so others understand the problem at a glance.
error-title-too-long = Use at most 150 characters.
error-body-too-short = Use at least 30 characters: describe what you tried and what happened.
error-body-too-long = Use at most 30,000 characters.
error-comment-too-long = Use at most 600 characters.
error-tags-required = Add at least one tag.
error-tags-too-many = Use at most 5 tags.
error-tag-invalid = Tags use lowercase letters, digits and - + # . (at most 30 characters).
error-tag-unknown = This tag does not exist. Choose an existing tag.
error-tag-taken = A tag with this name already exists.
error-category-unknown = Choose a category.
error-category-kind-not-accepted = This category does not accept this type of post. Choose another category or type.
error-post-kind-unknown = Choose a question or a discussion.
error-name-too-short = Use at least 2 characters.
error-name-too-long = Use at most 50 characters.
error-name-taken = This name is already used.
error-slug-invalid = Use 2–40 lowercase letters a–z, digits and hyphens.
error-slug-taken = Another category already uses this slug.
error-color-invalid = Use a colour like #2f7de1.
error-description-too-long = Use at most 500 characters.
error-category-parent-invalid = A sub-category's parent must be a top-level category other than itself.
error-category-has-children = This category has sub-categories, so it cannot become one.
error-category-visibility-unknown = Choose public, members only or restricted to groups.
error-category-groups-required = Choose at least one group that may see this category.
error-category-too-many-groups = Choose at most 100 groups.
error-group-unknown = This group does not exist.
error-category-not-empty = Move or delete its posts and sub-categories first.
error-reason-too-long = Use at most 300 characters.
error-post-locked = This question is locked: it takes no new answers or comments.
error-post-deleted = This post has been deleted.
error-post-has-answers = A question with answers cannot be deleted by its author. Ask support staff if it must go.
error-revision-unknown = This revision does not exist.
error-revision-current = This is the post's current text: edit the post first, then redact this revision.
error-revision-redacted = This revision was redacted: its text is gone.
error-post-nothing-changed = Nothing changed: edit the text before saving.
error-tag-merge-same = Choose a different tag to merge into.
error-member-unknown = No member has this username.
error-number-out-of-range = Enter a whole number in the allowed range.
error-level-first-zero = Level 1 starts at 0 reputation.
error-level-ascending = Each level needs more reputation than the one before.
error-post-not-an-answer = Only an answer to this question can be accepted.
error-vote-invalid = Vote up, down, or take your vote back.
error-name-invalid = Use letters, digits, spaces and punctuation only.
error-bio-too-long = Use at most 2,000 characters.
error-location-too-long = Use at most 60 characters.
error-website-invalid = Enter a web address starting with https://, like https://example.com.
error-language-unknown = Choose languages from the list.
error-image-invalid = Upload a PNG, JPEG, GIF or WebP image.
error-image-too-large = Upload an image of at most 5 MB.
error-image-too-many-pixels = Upload an image of at most 8,192 × 8,192 pixels.
error-follow-target-unknown = You can follow a question, a category or a tag.
error-follow-level-unknown = Choose a notification level from the list.
error-notification-kind-unknown = Choose notification kinds from the list.
error-search-query-too-long = Use at most 500 characters: keep the words that matter most.
error-search-page-out-of-range = Results stop at page 50: add words or filters to narrow the search.
error-search-filter-unknown = Choose a value from the list.
error-date-invalid = Enter a date like 2024-01-31.
error-date-range-inverted = The end date must come after the start date.
error-content-blocked = This contains a word this community does not allow. Please rephrase it.
error-content-too-many-links = New members can include at most 2 links in a post. Remove some links, or post them later.
error-content-new-member-limit = New members can post 3 times in their first hour. Please wait a little and try again.
error-member-silenced = You cannot post right now: a moderator silenced your account.
error-flag-reason-unknown = Choose why you are flagging this post.
error-flag-detail-required = Tell the moderators what is wrong.
error-flag-duplicate-required = Give the link or number of the original question.
error-flag-reputation = Flagging needs more reputation. Keep helping, and it will come.
error-reason-required = Give a reason: it is written to the moderation log.
error-duration-invalid = Give a duration such as 3 days, 12 hours or 2 weeks (at most a year).
error-question-unknown = There is no such question. Give its link or number.
error-question-same = Choose another question than this one.
error-agent-unknown = Choose a support agent.
error-message-too-long = Use at most 10 000 characters.
error-url-invalid = Give a full http:// or https:// address.
error-secret-too-short = Use a secret of at least 16 characters.
error-secret-too-long = This secret is too long: paste only the key itself.
error-url-private = This address is on a private or local network. Give a public address, or set ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true on the server.
error-secret-key-missing = Set ENTRAIDE_SECRET_KEY on the server to store secrets.
error-word-invalid = Use a word or phrase of 2 to 60 letters, digits, spaces or hyphens.
error-word-action-unknown = Choose block, hold for review or flag.
error-spam-domains-too-many = List at most 1,000 domains, one per line.
error-text-too-long = This text is too long.
error-status-unknown = Choose open, waiting on member or resolved.


## ——— g0-translate ———

## Languages of posts, translations

lang-en = English
lang-fr = French
lang-it = Italian
lang-es = Spanish
lang-ru = Russian
lang-de = German
lang-pt = Portuguese
lang-nl = Dutch
translate-written-in = Written in { $language }
translate-translated-from = Translated from { $language }
translate-by-person = translated by { $name }
translate-by-machine = machine translation by { $provider }
translate-provider-openai = an AI model
translate-button = Translate
translate-show-original = Show original
translate-working = Translating…
translate-unavailable = Translation is unavailable right now
translate-change-language = Wrong language?
translate-language-label = Written in
translate-language-save = Save language
translate-language-saved = Language saved.
translate-by-hand-link = Translate it yourself
translate-loading = Loading…
translate-page-title = Translate a post
translate-page-heading = Translate this post
translate-page-intro = The original is in { $language }. Your translation is shown to readers of that language, labelled with your name, in place of a machine translation.
translate-page-back = ← Back to the post
translate-page-into = Translate into
translate-page-choose = Choose a language
translate-page-open = Open
translate-page-original = Show the original text
translate-page-existing-human = A translation by { $name } exists: correct it below.
translate-page-existing-machine = A machine translation exists: correct it below and it becomes yours.
translate-page-title-field = Translated title
translate-page-body-field = Translated text
translate-page-save = Save translation
translate-page-cancel = Cancel
translation-admin-title = Translation
translation-admin-heading = Machine translation
translation-admin-intro = Readers can translate posts written in languages they do not read. Choose the service that translates them; translations are kept, so each post is translated once per language and edit.
translation-admin-provider = Provider
translation-admin-provider-none = None (only translations written by people)
translation-admin-provider-openai = OpenAI-compatible chat endpoint
translation-admin-url = Service URL
translation-admin-url-hint = For example http://localhost:5000 (LibreTranslate), https://api-free.deepl.com (DeepL) or http://localhost:11434/v1 (OpenAI-compatible). Addresses on this machine or a private network (localhost, 10.x, 192.168.x) need ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true on the server.
translation-admin-key = API key
translation-admin-key-kept = A key is saved: leave blank to keep it.
translation-admin-key-none = No key saved. LibreTranslate may not need one.
translation-admin-forget-key = Remove the saved key
translation-admin-model = Model
translation-admin-model-hint = OpenAI-compatible endpoints only, e.g. gpt-4o-mini or llama3.1.
translation-admin-timeout = Timeout (seconds)
translation-admin-timeout-hint = How long to wait for each attempt, 1 to 60.
translation-admin-retries = Retries
translation-admin-retries-hint = Extra attempts when the service is busy or down, 0 to 5.
translation-admin-budget-heading = Budget for new translations
translation-admin-budget-intro = A translation already made is shown again for free; each new one is a call to the provider. Beyond these hourly allowances, readers are asked to wait.
translation-admin-budget-member = Per member, per hour
translation-admin-budget-ip = Per network address, per hour
translation-admin-budget-global = For the whole community, per hour
translation-admin-budget-hint = New machine translations, a whole number from 1 to 1000000.
translation-admin-save = Save translation settings
translation-admin-saved = Translation settings saved.
translation-admin-try-heading = Try it
translation-admin-try = Translate a sample sentence
translation-admin-try-ok = The provider answered: “{ $text }”
translation-admin-try-failed = The provider did not translate the sample: { $reason }
translation-admin-none-configured = Choose a provider and save first.
translation-admin-sample = Hello! How can we help you today?
header-admin-translation = Translation


## ——— g1-thread ———

## Question page (pages/thread.rs)

post-loading = Loading…
thread-no-answers = No answers yet
# Heading above the answers of a question.
thread-answers = { $n ->
    [one] { $n } answer
   *[other] { $n } answers
}
# A mark beside the link to the accepted answer.
thread-solved = Solved
# Link to the accepted answer, below the question.
thread-solution = Solution
# Followed by a link to the original question.
thread-duplicate-banner = This question has been asked before and already has an answer:
thread-breadcrumb = Breadcrumb
thread-deleted = This question is deleted. Only support staff can see it.
thread-locked = This thread is locked: it takes no new answers or comments.
thread-pinned = Pinned
thread-featured = Featured
thread-assigned-to = Assigned to { $name }
# "Asked", "Active", "Viewed": labels of the question's facts (a date, a date, a count).
thread-asked = Asked
thread-active = Active
thread-viewed = Viewed
thread-view-count = { $n ->
    [one] { $n } times
   *[other] { $n } times
}
# Bar shown when answers arrived live: "3 new answers — show".
thread-new-answers = { $n ->
    [one] { $n } new answer
   *[other] { $n } new answers
}
# Button on the bar of live arrivals that shows them.
thread-new-bar-show = show
thread-related-questions = Related questions

## One post (question or answer) on the question page

post-done-deleted = The post was deleted.
post-done-restored = The post was restored.
post-done-rolled-back = The post was rolled back.
post-done-comment-deleted = The comment was deleted.
# After the author's name and before the date: "alice asked 2 hours ago".
post-asked = asked
# After the author's name and before the date: "alice answered 2 hours ago".
post-answered = answered
# Accessible names of a post.
post-by-question = Question by { $name }
post-by-discussion = Discussion by { $name }
post-by-answer = Answer by { $name }
# Link to the revision history, followed by the date of the edit.
post-edited = edited
# After "edited <date>": who edited the post.
post-edited-by = by { $name }
post-deleted = Deleted
post-hidden = Hidden — only support staff can see it
post-held = Waiting for a moderator's review before others can see it
# Shown to moderators after the "waiting for review" notice.
post-held-reason = — held: { $reason }
post-edit = Edit
post-history = History
post-delete = Delete
post-restore = Restore
# Post types, as badges.
post-kind-question = Question
post-kind-discussion = Discussion
post-kind-answer = Answer
# Tooltip on a member's level: "Level 3 · Helper · 120 reputation".
post-author-level-title = Level { $level } · { $name } · { $reputation } reputation
# Short level badge beside a member's name: "L3 Helper".
post-author-level-short = L{ $level } { $name }
post-avatar-alt = Avatar of { $name }

## Answers

answer-accepted-status = The answer is accepted.
answer-acceptance-taken-back = The acceptance was taken back.
answer-verify-saved = Saved.
answer-accepted = Accepted answer
# After "Accepted answer": who accepted it.
answer-accepted-by = — accepted by { $name }
answer-verified = Verified by support
answer-take-back-acceptance = Take back acceptance
answer-accept = Accept this answer
answer-remove-verification = Remove verification
answer-verify = Verify
# "Sign in or create an account to answer this question.", built from four pieces (the first and third are links).
answer-signin = Sign in
answer-signin-or = or
answer-signup = create an account
answer-signin-purpose = to answer this question.
answer-form-heading = Know the answer? Share it
answer-label = Your answer
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
answer-hint = Markdown: **bold**, `code`, ```fenced code```, lists, links, tables. At least 30 characters.
answer-submit = Post your answer

## Comments

comment-list-question = Comments on this question
comment-list-answer = Comments on this answer
# Opens the comment form.
comment-summary = Comment
comment-label-question = Comment on this question
comment-label-answer = Comment on this answer
comment-hint = Up to 600 characters. Use comments to ask for details or suggest improvements.
comment-add = Add a comment
comment-delete-label = Delete comment
comment-delete = Delete
comment-hidden = Hidden

## Asking (pages/ask.rs)

ask-title = Ask a question
ask-search-lead = Start with a few words about your problem: someone may have solved it already.
ask-search-label = What do you need help with?
ask-search-submit = None of these: ask a new question
ask-lead = Describe your problem so that someone who has never seen your screen can help. Search first: it may already be solved.
# "Please follow our community guidelines.", in three pieces (the second is a link).
ask-guidelines-before = Please follow our
ask-guidelines-link = community guidelines
ask-guidelines-after = .
ask-guidelines-intro = Welcome! Before your first question
# Legend of the choice between a question and a discussion.
ask-kind = Type
ask-kind-question = Question: you need an answer to a problem.
ask-kind-discussion = Discussion: share an idea or open a conversation.
ask-category = Category
ask-category-choose = Choose a category…
# Tooltip of a category: the post types it accepts ("question, discussion").
ask-category-accepts = Accepts: { $kinds }
ask-kind-name-question = question
ask-kind-name-discussion = discussion
ask-kind-name-answer = answer
ask-title-label = Title
ask-title-hint = 15 to 150 characters. Be specific: “Sync stuck at Preparing on Windows 11”.
ask-body-label = Body
# Markdown syntax (**bold**, `code`, ```fenced code```) stays as is.
ask-body-hint = Markdown: **bold**, `code`, ```fenced code```, lists, links, tables. What did you try? What happened?
ask-tags-label = Tags
# "windows sync" are example tags: keep them as they are.
ask-tags-hint-create = 1 to 5 tags separated by spaces or commas, e.g. windows sync. New tags are created for you.
ask-tags-hint-existing = 1 to 5 existing tags separated by spaces or commas, e.g. windows sync.
ask-submit = Post your question

## Editing a post (pages/edit.rs)

edit-title = Edit post
edit-heading-question = Edit your question
edit-heading-answer = Edit answer
edit-title-label = Title
edit-body-label = Body
edit-tags-label = Tags
edit-tags-hint = 1 to 5 tags separated by spaces.
edit-summary-label = Edit summary
edit-summary-hint = Optional: what did you change, and why?
edit-save = Save edits
edit-cancel = Cancel

## Revision history

history-title = Revision history
history-roll-back = Roll back to revision { $number }
history-revision = Revision { $number }
# Followed by the changes to the title.
history-diff-title = Title:
# Followed by the changes to the tags.
history-diff-tags = Tags:
history-changes = Changes in revision { $number }
# In a diff: a run of lines that did not change, folded away.
history-collapsed = { $n ->
    [one] … { $n } unchanged lines …
   *[other] … { $n } unchanged lines …
}
history-line-added = Added line
history-line-removed = Removed line
history-line-unchanged = Unchanged line
history-redact = Redact revision { $number }
# Label of the field where staff say why a revision is redacted.
history-redact-reason = Reason for redacting
history-redacted = This revision was redacted.
history-redact-done = Revision { $number } was redacted.

## Votes

vote-own-post = You cannot vote on your own post.
vote-up = Upvote
vote-score = Score
vote-down = Downvote

## Following (components/follow.rs)

follow-notify-topic = Notify me about this question
follow-notify-category = Notify me about this category
follow-notify-tag = Notify me about this tag
follow-following = Following
follow-follow = Follow
# $level is one of the follow-level-* names.
follow-notifications = Notifications: { $level }
follow-save = Save
follow-level-every = Every post
follow-level-answers = Answers only
follow-level-solved = When solved
follow-level-normal = Not following
follow-level-muted = Muted
# What each level notifies about; "-topic" for a question, the others for a category or tag.
follow-describe-every-topic = New answers, comments, and when it is solved.
follow-describe-every = New questions, answers and comments.
follow-describe-answers-topic = New answers, and when it is solved.
follow-describe-answers = New questions and answers.
follow-describe-solved-topic = Only when it is solved.
follow-describe-solved = Only when a question here is solved.
follow-describe-normal = Only when someone replies to you or mentions you.
follow-describe-muted = Nothing, not even replies in it.

## Markdown editor

# Heading of the live preview of the text being typed.
editor-preview = Preview

## Similar questions

similar-questions = Similar questions
similar-empty = Similar questions appear here as you type your title.
similar-lead = One of these may already answer you.
similar-solved = Solved
similar-stats = { $votes ->
    [one] { $votes } votes
   *[other] { $votes } votes
} · { $answers ->
    [one] { $answers } answers
   *[other] { $answers } answers
}
similar-solved-my-problem = This solved my problem
# After a related question's title.
similar-related-answers = { $n ->
    [one] · { $n } answers
   *[other] · { $n } answers
}

## Asking support for help (components/escalate.rs)

escalate-conversation = Support conversation
escalate-label = What do you need help with?
escalate-hint-asker = Only you and the support team see this conversation. Do not share passwords.
escalate-hint-staff = Optional: the member is notified and sees this message first.
escalate-open = I need help from support
escalate-submit = Contact support

## Flagging a post or comment

flagdialog-thanks = Thanks — the moderators will look at it.
flagdialog-flag-comment = Flag comment
flagdialog-flag = Flag
flagdialog-title-comment = Flag this comment
flagdialog-title-post = Flag this post
flagdialog-reason = What is wrong with it?
flagdialog-duplicate-of = Original question (link or number)
flagdialog-detail-required = Tell the moderators what is wrong
flagdialog-detail-optional = Details (optional)
flagdialog-send = Send flag
flagdialog-cancel = Cancel

## The moderator's menu on a post

moderate-summary = Moderate
moderate-action = Action
# An action on a member, e.g. "Warn alice"; $action is a moderation action's name.
moderate-action-member = { $action } { $name }
moderate-reason = Reason
moderate-category = Category
moderate-target = Other question (link or number)
moderate-assignee = Agent
moderate-assignee-placeholder = username
# Followed by a duration such as "3 days".
moderate-duration = For how long
moderate-apply = Apply

## Topic lists (components/topics.rs)

# Screen-reader note after a category's name.
topics-visibility-public = Public
topics-visibility-members = Members only
topics-visibility-groups = Restricted to groups
topics-tags = Tags
# After a number, in a question's statistics.
topics-votes-label = { $n ->
    [one] vote
   *[other] votes
}
topics-answers-label = { $n ->
    [one] answer
   *[other] answers
}
topics-views-label = { $n ->
    [one] view
   *[other] views
}
topics-pinned-title = Pinned by the moderators
topics-pinned = Pinned
topics-featured = Featured
topics-solved = Solved
# Between the author's name and the date: "alice asked 2 hours ago".
topics-asked = asked
topics-empty = No questions here yet.


## ——— g2-pages ———

## g2-pages: header, footer, language switcher, home, lists, search, profile,
## profile settings, sign in/up, leaderboard, badges, notifications, 404.

## Layout and footer

layout-skip-link = Skip to content
# Followed by a link named "Entraide" (the product's name).
footer-powered-by = Powered by
# After "Powered by Entraide — ".
footer-tagline = a support community where customers help each other.

## Language switcher (header)

language-label = Language
language-change = Change language

## Header

header-nav-label = Main
header-nav-home = Home
header-nav-questions = Questions
header-nav-tags = Tags
header-nav-leaderboard = Leaderboard
header-nav-badges = Badges
# The support staff's work queue.
header-nav-desk = Desk
# The bell's accessible name when nothing is unread.
header-notifications = Notifications
header-notifications-unread = Notifications ({ $n } unread)
header-sign-in = Sign in
header-sign-up = Sign up
header-account-menu = Account menu for { $name }
# Followed by the username in bold.
header-signed-in-as = Signed in as
header-your-profile = Your profile
header-edit-profile = Edit profile
header-notification-settings = Notification settings
header-admin-members = Members & roles
header-admin-categories = Categories
header-admin-tags = Tags
header-admin-groups = Groups
header-admin-reputation = Reputation
header-admin-webhooks = Helpdesk webhook
header-admin-moderation = Moderation rules
header-admin-guidelines = Guidelines
header-sign-out = Sign out
header-suggested-questions = Suggested questions
header-solved = Solved
header-all-results = All results
header-ask-question = Ask a question
header-search-label = Search
header-search-placeholder = Search questions…
# A member's role, shown as a small badge.
header-role-member = Member
header-role-agent = Agent
header-role-admin = Admin

## Home page

home-welcome = Welcome to { $name }. Ask a question, share what you know, and get answers from other customers and our support team. Every solved question helps the next person who has the same problem.
home-join = Join the community
home-have-account = I already have an account
home-description = Ask the community: answers from customers and the support team, searchable by everyone.
home-heading = How can we help?
home-loading = Loading…
home-how-it-works = How it works
home-step-search = Search first.
home-step-search-detail = Someone may already have solved it.
home-step-ask = Ask the community.
home-step-ask-detail = Members and agents answer, live.
home-step-accept = Accept the best answer.
home-step-accept-detail = It is pinned on top for the next reader.
home-support-team = Our support team
home-member-count = { $n ->
   *[other] { $n } members have joined so far.
}
home-categories = Categories
home-ask = Ask a question
home-col-category = Category
home-col-topics = Topics
home-col-posts = Posts
home-col-latest = Latest activity
home-latest = Latest questions
home-all-questions = All questions

## Question lists (all, a category's, a tag's)

questions-loading = Loading questions…
questions-category-description = Questions and discussions in { $name }.
# The page title of a tag's list.
questions-tag-title = Questions tagged { $tag }
questions-tag-heading = Tagged “{ $tag }”
questions-tag-description = Questions tagged { $tag }.
questions-all-title = All questions
questions-all-description = Every question asked in the community, newest activity first.
questions-ask = Ask a question
questions-subcategories = Sub-categories
questions-sort-label = Sort
questions-filter-label = Filter
questions-pages = Pages
questions-first-page = First page
questions-next-page = Next page
# The live bar above a list: "3 new questions — show".
questions-new-count = { $n ->
    [one] { $n } new question
   *[other] { $n } new questions
}
questions-sort-active = Active
questions-sort-newest = Newest
questions-sort-unanswered = Unanswered
questions-sort-votes = Most votes
questions-status-all = All
questions-status-solved = Solved
questions-status-unsolved = Unsolved
questions-status-unanswered = No answers

## Tags page

tags-title = Tags
tags-description = Browse questions by tag: platforms, features and account topics.
tags-loading = Loading…
tags-all = All tags
tags-other = Other tags

## Search page

search-searching = Searching…
search-title = Search
search-title-query = Search: { $q }
search-correct-filters = Please correct the highlighted filters.
# Keep the search syntax (tag:, is:solved, user:) untranslated.
search-help = Type what you are looking for: words, "an exact phrase", -excluded, tag:name, is:solved, user:name.
search-no-results = No results. Try fewer or other words, or remove a filter.
search-results = { $n ->
    [one] { $n } result
   *[other] { $n } results
}
search-for = Search for
search-filters = Filters
search-category = Category
search-any-category = Any category
search-tag = Tag
# Whether questions are solved.
search-state = State
search-state-any = Any
search-state-solved = Solved
search-state-unsolved = Unsolved
search-state-unanswered = Unanswered
search-kind = Type
search-kind-all = Questions and answers
search-kind-questions = Questions
search-kind-answers = Answers
search-language = Language
search-any-language = Any language
search-author = Author
# Date range: from … to …
search-from = From
search-to = To
search-submit = Search
search-sort-label = Sort results
search-sort-relevance = Relevance
search-sort-newest = Newest
search-sort-votes = Most votes
search-results-label = Search results
search-pages = Result pages
search-previous = Previous
search-next = Next
search-page-of = Page { $current } of { $pages }
# Followed by a link "Ask the community".
search-not-what-you-need = Not what you need?
search-ask = Ask the community
search-hit-accepted-answer = Accepted answer
search-hit-answer = Answer
search-hit-question = Question
# The accessible name of one result: its kind and title.
search-hit-label = { $kind }: { $title }
search-solved = Solved
search-hit-votes = { $n ->
   *[other] { $n } votes
}
search-hit-answers = { $n ->
   *[other] { $n } answers
}
# Followed by the author's name.
search-hit-by = by

## Public profile

profile-loading = Loading…
profile-location = Location:
# The languages a member reads, e.g. "Reads English, Français".
profile-reads = Reads { $languages }
profile-description = { $name }'s questions and answers in the community.
# The level's name is set by the administrators.
profile-level = Level { $level } · { $name }
# Followed by a date.
profile-member-since = Member since
# Followed by a date.
profile-last-seen = last seen
profile-reputation = Reputation
profile-questions = Questions
profile-answers = Answers
profile-accepted-answers = Accepted answers
profile-votes-received = Votes received
profile-top-tags = Top tags
profile-top-tag-stats = { $answers ->
   *[other] { $answers } answers · score { $score }
}
profile-no-questions = No questions yet.
profile-badges = Badges
profile-no-badges = No badges yet.
profile-badges-gold = Gold badges
profile-badges-silver = Silver badges
profile-badges-bronze = Bronze badges
# A badge earned for one tag, e.g. "Tag expert: android".
profile-badge-with-tag = { $name }: { $tag }
profile-all-badges = All badges
profile-reputation-history = Reputation history
profile-no-reputation-events = No reputation events yet.
profile-history-points = Points
profile-history-event = Event
profile-history-post = Post
profile-history-when = When
profile-show-older = Show older

## Reputation history events

reputation-event-answer-upvoted = Answer upvoted
reputation-event-question-upvoted = Question upvoted
reputation-event-post-downvoted = Post downvoted
reputation-event-downvote-cast = Downvoted an answer
reputation-event-answer-accepted = Answer accepted
reputation-event-accepted = Accepted an answer
reputation-event-reversal = Reversed
reputation-event-other = Other

## Profile settings

settings-profile-title = Edit your profile
settings-loading = Loading…
settings-correct-fields = Please correct the fields marked below.
# Followed by a link "your profile".
settings-visible-on = Everyone can see this on
settings-your-profile = your profile
# Follows the link "your profile": starts with the sentence's full stop.
settings-email-hidden = . Your email address is never shown.
settings-display-name = Display name
settings-display-name-hint = Shown beside your username. Up to 50 characters.
settings-bio = About you
settings-bio-hint = Markdown, up to 2,000 characters.
settings-location = Location
settings-website = Website
settings-website-hint = A link starting with https://.
settings-languages = Languages you read
settings-languages-hint = Posts in other languages get a Translate button.
settings-save-profile = Save profile
settings-avatar-saved = Your new picture is saved.
settings-avatar-removed = Your picture was removed.
settings-avatar-heading = Profile picture
settings-avatar-new = New picture
settings-avatar-hint = PNG, JPEG, GIF or WebP, up to 5 MB. It is cropped to a square.
settings-avatar-upload = Upload picture
settings-avatar-remove = Remove avatar
settings-account-link = Change your password
# /settings/account: changing one's password.
settings-account-title = Change your password
settings-account-lead = Changing your password signs you out on every other device; this one stays signed in.
settings-current-password = Current password
settings-new-password = New password
settings-new-password-hint = At least 10 characters, not a common password and without your username.
settings-change-password = Change password
settings-password-changed = Your password was changed. Every other session was signed out.
settings-account-back = Back to your profile settings
settings-language-heading = Language
settings-ui-language = Interface language
settings-ui-language-browser = Same as my browser
settings-auto-translate = Translate posts in languages I don't read automatically
settings-save-language = Save language settings
settings-language-saved = Language settings saved.

## Sign in and sign up

signin-title = Sign in
signin-description = Sign in to ask questions, answer and follow the threads that matter to you.
signin-lead = Welcome back. Sign in to ask, answer and follow questions.
signin-login = Username or email
signin-password = Password
signin-submit = Sign in
# Followed by the link "Create an account".
signin-new-here = New here?
signin-create-account = Create an account
signup-title = Sign up
signup-description = Create a free account to ask the community, share answers and earn recognition.
signup-heading = Create your account
signup-lead = Join the community to ask questions, share answers and follow what matters to you.
signup-username = Username
signup-username-hint = 3–32 characters: lowercase letters, digits, _ and -.
signup-email = Email
signup-email-hint = Never shown to other members.
signup-password = Password
signup-password-hint = At least 10 characters. Avoid common passwords.
signup-submit = Sign up
# Followed by the link "Sign in to your account".
signup-have-account = Already have an account?
signup-sign-in = Sign in to your account

## Leaderboard

leaderboard-title = Leaderboard
leaderboard-description = The members who helped most this week, this month and of all time.
leaderboard-loading = Loading…
leaderboard-period = Period
leaderboard-period-week = This week
leaderboard-period-month = This month
leaderboard-period-all = All time
# $period is one of the three leaderboard-caption-week/month/all phrases.
leaderboard-caption = Reputation gained { $period }
leaderboard-caption-category = Reputation gained { $period } in { $category }
leaderboard-caption-tag = Reputation gained { $period } in tag { $tag }
leaderboard-caption-week = this week
leaderboard-caption-month = this month
leaderboard-caption-all = of all time
leaderboard-category = Category
leaderboard-all-categories = All categories
leaderboard-tag = Tag
leaderboard-show = Show
leaderboard-empty = Nobody has gained reputation here in this period yet.
leaderboard-rank = Rank
leaderboard-member = Member
leaderboard-gained = Gained

## Badges page and badge catalogue

badges-title = Badges
badges-description = Every badge members can earn, and what earns it.
badges-intro = Badges are awarded automatically when a member's help meets the criteria.
badges-loading = Loading…
badges-col-badge = Badge
badges-col-tier = Tier
badges-col-criteria = Criteria
badges-col-members = Members
# Followed by the names of members who recently earned the badge.
badges-recently = recently:
badges-list-separator = { ", " }
badge-tier-bronze = Bronze
badge-tier-silver = Silver
badge-tier-gold = Gold
badge-name-first-question = First question
badge-criteria-first-question = Asked a first question.
badge-name-first-answer = First answer
badge-criteria-first-answer = Answered a question for the first time.
badge-name-solver = Solver
badge-criteria-solver = Had a first answer accepted.
badge-name-commentator = Commentator
badge-criteria-commentator = Left 10 comments.
badge-name-welcomer = Welcomer
badge-criteria-welcomer = Gave the first answer to a new member's first question.
badge-name-enthusiast = Enthusiast
badge-criteria-enthusiast = Visited the community 7 days in a row.
badge-name-good-answer = Good answer
badge-criteria-good-answer = An answer reached a score of 10. Earned once per answer.
badge-name-popular-question = Popular question
badge-criteria-popular-question = A question was viewed 1,000 times. Earned once per question.
badge-name-helper = Helper
badge-criteria-helper = Had 10 answers accepted.
badge-name-great-answer = Great answer
badge-criteria-great-answer = An answer reached a score of 25. Earned once per answer.
badge-name-verified = Verified
badge-criteria-verified = Support staff verified one of your answers.
# A badge earned once per tag.
badge-name-tag = Tag expert
badge-criteria-tag = Had 20 answers accepted in questions with one tag. Earned once per tag.
badge-name-expert = Expert
badge-criteria-expert = Had 50 answers accepted.

## Notifications

notifications-title = Notifications
notifications-settings-link = Settings
notifications-mark-all-read = Mark all as read
notifications-loading = Loading…
notifications-nothing-unread = Nothing unread.
notifications-unread = { $n ->
    [one] { $n } unread notification.
   *[other] { $n } unread notifications.
}
notifications-empty = No notifications yet. Follow questions, categories or tags to hear about them.
notifications-pages = Pages
notifications-newest = Newest
notifications-older = Older
# Read by screen readers after an unread notification.
notifications-unread-mark = (unread)
notifications-mark-read = Mark as read
notifications-settings-title = Notification settings
notifications-settings-intro = Choose what reaches your inbox. The bell shows what is unread.
notifications-settings-saved = Saved.
notifications-settings-legend = Notify me when
notifications-settings-save = Save
# The kinds of notification (settings checkboxes, after "Notify me when").
notification-kind-new-answer = A new answer on a question you follow
notification-kind-new-comment = A new comment in a thread you follow closely
notification-kind-comment-on-post = A comment on your question or answer
notification-kind-mention = Someone mentions you (@name)
notification-kind-accepted = Your answer is accepted
notification-kind-solved = A question you follow is solved
notification-kind-upvote = Upvotes on your posts
notification-kind-badge = You earn a badge
notification-kind-new-question = A new question in a category or tag you follow
notification-kind-moderation = Messages from the moderators (always on)
notification-kind-support = Replies from support staff in your support conversations
# Inbox sentences. $actor is a username, $title a question's title.
# Stands for a member whose name is unknown.
notification-someone = Someone
notification-text-new-answer = { $actor } answered “{ $title }”
notification-text-new-comment = { $actor } commented on “{ $title }”
notification-text-comment-on-question = { $actor } commented on your question in “{ $title }”
notification-text-comment-on-answer = { $actor } commented on your answer in “{ $title }”
notification-text-mention = { $actor } mentioned you in “{ $title }”
notification-text-accepted = { $actor } accepted your answer to “{ $title }”
notification-text-solved = “{ $title }” is solved
# $what is notification-text-upvote-what-question or -answer.
notification-text-upvote-one = { $actor } upvoted your { $what } in “{ $title }”
notification-text-upvote-two = { $actor } and 1 other person upvoted your { $what } in “{ $title }”
# $n is 3 or more.
notification-text-upvote-many = { $n } people upvoted your { $what } in “{ $title }”
notification-text-upvote-what-question = question
notification-text-upvote-what-answer = answer
notification-text-badge = You earned the “{ $badge }” badge
notification-notice-assigned = You were assigned “{ $title }”: { $reason }
notification-notice-warned = A moderator warned you: { $reason }
notification-notice-silenced = You cannot post until { $until }: { $reason }
notification-notice-suspended = Your account is suspended until { $until }: { $reason }
notification-notice-lifted = A moderator lifted the restrictions on your account: { $reason }
notification-notice-support-opened = Support opened a conversation with you about “{ $title }”
notification-notice-support-replied = Support replied about “{ $title }”
notification-notice-support-resolved = Support marked your conversation about “{ $title }” resolved
notification-text-new-question = { $actor } asked “{ $title }”

## Not found and error pages

notfound-title = Page not found
notfound-heading = We couldn't find that page
notfound-text = The link may be broken, or the page may have been moved or removed.
notfound-home = Back to the home page
notfound-error-sign-in = Please sign in
notfound-error-forbidden = Not allowed
notfound-error-not-found = Not found
notfound-error-other = Something went wrong
notfound-sign-in = Sign in


## ——— g3-desk ———

## Desk, moderation log, moderation rules, guidelines, support, webhooks (g3-desk)

desk-title = Desk
desk-loading = Loading…
# aria-label of the row of links to the desk's queues
desk-queues = Queues
desk-summary-flags = Flags ({ $n })
desk-summary-held = Held for review ({ $n })
desk-summary-unanswered = Unanswered ({ $n }, { $overdue } overdue)
desk-summary-escalations = Escalations ({ $n })
desk-summary-assigned = Assigned to me ({ $n })
desk-empty-flags = No open flags.
desk-empty-held = Nothing is waiting for review.
desk-empty-unanswered = Every question has an answer.
desk-empty-escalations = No open support conversations.
desk-empty-assigned = Nothing is assigned to you.
# aria-label of a support conversation in the desk's queue
desk-escalation-label = Escalation: { $title }
# followed by the date of the last update
desk-escalation-meta = { $member } · { $status } · updated
desk-claimed-by = Claimed by { $name }
# a button: stop handling a claimed item
desk-release = Release
# a button: take an item so other agents know someone is on it
desk-claim = Claim
desk-reason = Reason
desk-hide-post = Hide post
desk-flagged-label = Flagged: { $title }
desk-flag-count = { $n ->
    [one] { $n } flag
   *[other] { $n } flags
}
desk-hidden = Hidden
desk-by-excerpt = by { $author } — { $excerpt }
desk-auto-moderation = Auto-moderation
# a flag reason, when the flag is on a comment of the post
desk-flag-on-comment = { $reason } (a comment)
desk-flag-entry = { $reason } — { $who }
desk-flag-entry-detail = { $reason } — { $who }: { $detail }
# followed by a link to the original question, e.g. "#42"
desk-flag-original = original:
desk-decide-label = Decide on the flags of { $title }
desk-held-label = Held: { $title }
desk-held-why = Why it was held:
desk-review-label = Review { $title }
# response-time target of a category, in hours
desk-target = target { $n } h
desk-overdue = Overdue
# $waited is a duration such as "3 h", $target is desk-target
desk-question-meta = { $category } · asked by { $author } · waiting { $waited } ({ $target })
desk-assigned-to = Assigned to { $name }

## Desk queues (headings; ids are queue-<name>)

queue-flags = Flags
queue-held = Held for review
queue-unanswered = Unanswered questions
queue-escalations = Escalations
queue-assigned = Assigned to me

## How long a question has waited (short units)

age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n } d
age-days-hours = { $d } d { $h } h

## Moderation log

log-title = Moderation log
log-back = Back to the desk
log-filter-label = Filter the log
log-agent = Agent
log-action = Action
log-any-action = Any action
log-member = Member
log-from = From
log-to = To
log-filter = Filter
log-empty = No actions match.
log-when = When
log-who = Who
log-where = Where
log-reason = Reason
# link to the post an action was about
log-post = Post
log-pages = Pages
log-older = Older
log-detail-revision = Revision { $n }
log-detail-translations = Translation into { $languages }
log-detail-duplicate-of = Duplicate of #{ $id } “{ $title }”
log-detail-merged-into = Merged into #{ $id } “{ $title }”
log-detail-assigned-to = Assigned to { $name }
log-detail-moved = Moved from { $from } to { $to }
log-detail-already-in = Already in { $category }
log-detail-until = Until { $date }
log-detail-trusted-flags = { $n } flags from trusted members; hidden until reviewed
desk-held-translation = Translation into { $language }

## Moderator actions (ids are mod-action-<code>), as the log and menus name them

mod-action-hide = Hide
mod-action-unhide = Unhide
mod-action-delete = Delete
mod-action-restore = Restore
mod-action-edit = Edit
mod-action-lock = Lock thread
mod-action-unlock = Unlock thread
mod-action-pin = Pin
mod-action-unpin = Unpin
mod-action-feature = Feature
mod-action-unfeature = Stop featuring
mod-action-move = Move
mod-action-close_duplicate = Close as duplicate
mod-action-merge = Merge
mod-action-assign = Assign
mod-action-unassign = Unassign
mod-action-warn = Warn
mod-action-silence = Silence
mod-action-suspend = Suspend
mod-action-lift = Lift sanctions
mod-action-approve = Approve
mod-action-dismiss = Dismiss flags
# raised by auto-moderation: a post kept out of sight until an agent looks at it
mod-action-hold = Held for review
mod-action-flag = Flagged
mod-action-redact = Redact revision

## Why a post is flagged (ids are flag-reason-<code>)

flag-reason-spam = Spam
flag-reason-rude = Rude or abusive
flag-reason-off_topic = Off-topic
flag-reason-duplicate = Duplicate of another question
flag-reason-needs_staff = Needs support staff
flag-reason-other = Something else

## Support conversation statuses (ids are escalation-status-<code>)

escalation-status-open = Open
escalation-status-waiting = Waiting on member
escalation-status-resolved = Resolved

## Admin: moderation rules

modrules-saved = Moderation settings saved.
modrules-word-saved = Watched word saved.
modrules-word-removed = Watched word removed.
modrules-target-saved = Response target saved.
modrules-title = Moderation rules
modrules-flags = Flags
modrules-flag-min-reputation = Reputation needed to flag
modrules-flags-to-hide = Flags from trusted members that hide a post until reviewed
modrules-new-members = New members
modrules-new-members-help = A member is new below this reputation or while their account is younger than this. New members may put at most 2 links in a post and post 3 times in their first hour.
modrules-new-reputation = New below reputation
modrules-new-hours = New for hours after sign-up
modrules-hold-first = Hold the first post of each new member for review
modrules-spam = Spam
modrules-spam-domains = Spam domains (one per line; subdomains included)
modrules-save = Save moderation rules
modrules-watched = Watched words
modrules-watched-help = Matched as whole words in new posts ("doc" never matches "document"). Block refuses the post, hold keeps it for review, flag publishes it with a flag for agents.
modrules-watched-empty = No watched words.
# what a watched word does, shown after the word in the list
modrules-does-block = block
modrules-does-hold = hold
modrules-does-flag = flag
modrules-remove-label = Remove { $word }
modrules-remove = Remove
modrules-word = Word or phrase
modrules-word-action = What to do
modrules-choose-block = Block the post
modrules-choose-hold = Hold for review
modrules-choose-flag = Flag for agents
modrules-add-word = Add watched word
modrules-targets = Response-time targets
modrules-targets-help = How soon a question should get its first answer. Older unanswered questions stand out on the desk as overdue.
modrules-category = Category
modrules-target-hours = Target (hours, 0 for none)
modrules-target-label = Target for { $name } in hours
modrules-save-target = Save

## Community guidelines

guidelines-title = Community guidelines
guidelines-edit-title = Edit the guidelines
guidelines-saved = Guidelines saved.
# followed by the link "/guidelines", then guidelines-shown-where
guidelines-shown-at = Markdown. Shown at
guidelines-shown-where = , linked from the ask form and shown to first-time askers.
guidelines-label = Guidelines
guidelines-save = Save guidelines

## Support conversation

support-title = Support conversation
support-status-label = Status
support-update-status = Update status
support-mark-resolved = Mark as resolved
support-private-staff = A private conversation with { $member }. Only they and the support team can read it.
support-private-member = A private conversation with the support team. Only you and support staff can read it.
# followed by the question's title as a link
support-about = About the question
support-status = Status: { $status }
# followed by a date
support-opened-by = Opened by { $name }
support-messages = Messages
support-no-messages = No messages yet.
support-back = Back to the question
support-message-from = Message from { $author }
# badge next to a message written by staff
support-badge = Support
support-your-message = Your message
# keep the Markdown examples (**bold**, `code`) as they are
support-hint = Markdown works: **bold**, `code`, lists, links.
support-send = Send

## Admin: helpdesk webhook

webhooks-saved = Webhook settings saved.
webhooks-test-queued = Test delivery queued: it is sent within a few seconds. Refresh to see how it went.
webhooks-title = Helpdesk webhook
webhooks-secret-kept = A secret is set: leave blank to keep it
webhooks-no-secret = No secret set yet
# followed by the header name X-Entraide-Signature
webhooks-intro-signed = Escalations are sent to your helpdesk as signed JSON (POST). Each request carries
# between the two header names; keep “<t>.<body>” as it is
webhooks-intro-hmac = , the HMAC-SHA256 of “<t>.<body>” under the signing secret, and
# after the header name X-Entraide-Delivery
webhooks-intro-retries = to recognise a repeat. Failed deliveries are retried after 30 s, 2 min, 10 min, 1 h and 6 h.
webhooks-url = Webhook URL
webhooks-url-hint = A full http:// or https:// address. Leave empty to turn webhooks off. Addresses on this machine or a private network (localhost, 10.x, 192.168.x) need ENTRAIDE_ALLOW_PRIVATE_OUTBOUND=true on the server.
webhooks-secret = Signing secret
webhooks-secret-hint = At least 16 characters, shared with the helpdesk. It is never shown again.
webhooks-save = Save webhook
webhooks-send-test = Send a test delivery
webhooks-deliveries = Deliveries
webhooks-refresh = Refresh
webhooks-latest = The latest { $n }, newest first. Times are UTC.
webhooks-empty = No deliveries yet.
webhooks-caption = Webhook deliveries, newest first
webhooks-col-delivery = Delivery
webhooks-col-event = Event
webhooks-col-status = Status
webhooks-col-attempts = Attempts
webhooks-col-last-http = Last HTTP status
webhooks-col-error = Error
webhooks-col-created = Created
webhooks-col-when = Delivered or next attempt
# followed by the date and time of the next attempt
webhooks-next = next
webhooks-attempts = { $n } of { $max }
webhooks-status-pending = Pending
webhooks-status-delivered = Delivered
webhooks-status-failed = Failed


## ——— g4-admin ———

## Admin pages (categories, tags, groups, members, reputation)

## Roles and category visibility (shared with other pages)

role-member = Member
role-agent = Agent
role-admin = Admin
# Who may read a category
visibility-public = Public
visibility-members = Members only
visibility-groups = Restricted to groups

## Shared by the admin pages

# Hidden column header above the Edit/Delete buttons
admin-actions = Actions
admin-edit = Edit
admin-delete = Delete
admin-name = Name
admin-description = Description
# Sort order of a category or tag group
admin-position = Position
admin-topics = Topics
# No group chosen
admin-none = None
# A group (of members or of tags), column header
admin-group = Group

## /admin/categories

categories-title = Categories
categories-loading = Loading categories…
categories-created = Category “{ $name }” created.
categories-saved = Category “{ $name }” saved.
categories-deleted = Category deleted.
categories-edit-heading = Edit category “{ $name }”
categories-new = New category
categories-count = { $n ->
    [one] { $n } category
   *[other] { $n } categories
}
categories-caption = Categories, each followed by its sub-categories
# The category's name in web addresses
categories-slug = Slug
categories-visibility = Visibility
# Which post kinds a category accepts (questions, discussions)
categories-accepts = Accepts
categories-accepts-questions = Questions
categories-accepts-discussions = Discussions
# $groups: the names of the groups, separated by commas
categories-restricted-to = Restricted to groups: { $groups }
categories-new-instead = New category instead
categories-edit-label = Edit category { $name }
categories-delete-label = Delete category { $name }
categories-save = Save category
categories-create = Create category
categories-slug-hint = In the address: 2–40 lowercase letters, digits and hyphens.
categories-colour = Colour
categories-position-hint = Lower numbers come first.
categories-parent = Parent category
categories-parent-none = None (top level)
categories-visibility-hint = Members only: hidden from visitors and search engines. Restricted: only the chosen groups (and staff) can read it.
categories-groups = Groups
# Followed by a link "Create a group"
categories-no-groups = No groups yet.
categories-create-group = Create a group

## /admin/tags

admintags-title = Tags
admintags-loading = Loading tags…
admintags-created = Tag “{ $name }” created.
admintags-saved = Tag “{ $name }” saved.
admintags-merged = Tags merged.
admintags-deleted = Tag deleted.
admintags-group-created = Tag group “{ $name }” created.
admintags-group-deleted = Tag group deleted; its tags are now ungrouped.
admintags-setting-on = Members may now create new tags.
admintags-setting-off = Only agents and admins may now create new tags.
admintags-edit-heading = Edit tag “{ $name }”
admintags-new = New tag
admintags-count = { $n ->
    [one] { $n } tag
   *[other] { $n } tags
}
admintags-caption = Tags, most used first
admintags-col-tag = Tag
# Column header: how many tags a tag group holds
admintags-col-tags = Tags
admintags-new-instead = New tag instead
admintags-merge-heading = Merge tags
admintags-merge-intro = Every topic of the first tag moves to the second; the first tag is then deleted.
admintags-groups-heading = Tag groups
admintags-no-groups = No tag groups yet.
admintags-new-group = New tag group
admintags-settings-heading = Tag settings
admintags-members-create = Members may create new tags
admintags-members-create-hint = When off, members choose among existing tags; agents and admins can always create them.
admintags-save-setting = Save setting
admintags-edit-label = Edit tag { $name }
admintags-delete-label = Delete tag { $name }
admintags-delete-group-label = Delete tag group { $name }
admintags-save = Save tag
admintags-create = Create tag
admintags-name = Tag name
# Keep the characters - + # . as they are
admintags-name-hint = Lowercase letters, digits and - + # . (at most 30 characters).
admintags-description = Tag description
admintags-group = Tag group
# Merge form: "Merge tag [A] Into tag [B]"
admintags-merge-from = Merge tag
admintags-merge-into = Into tag
admintags-choose = Choose a tag
admintags-merge = Merge
admintags-group-name = Tag group name
admintags-create-group = Create tag group

## /admin/groups (groups of members)

groups-title = Groups
groups-loading = Loading groups…
groups-created = Group “{ $name }” created.
groups-deleted = Group deleted.
groups-member-added = { $username } added to the group.
groups-member-removed = Member removed from the group.
groups-count = { $n ->
    [one] { $n } group
   *[other] { $n } groups
}
groups-intro = Categories restricted to groups admit only their members (and staff).
groups-empty = No groups yet.
groups-members = Members
groups-member-count = { $n ->
    [one] { $n } member
   *[other] { $n } members
}
groups-members-of = Members of { $name }
groups-delete-label = Delete group { $name }
groups-new = New group
groups-name = Group name
groups-create = Create group
groups-nobody = Nobody in this group yet.
groups-close = Close
groups-username = Username
groups-username-hint = Add a member by their username.
groups-add-member = Add member
groups-remove-label = Remove { $username }
groups-remove = Remove

## /admin/members

members-title = Members
# $role: member, agent or admin
members-role-changed = { $username } is now { $role ->
    [member] member
    [agent] agent
   *[admin] admin
}.
members-loading = Loading members…
members-accounts = { $n ->
    [one] { $n } account
   *[other] { $n } accounts
}
members-find-label = Find a member
members-find-placeholder = Find by username or email
members-filter = Filter
members-col-member = Member
members-col-email = Email
# Date the account was created
members-col-joined = Joined
members-col-role = Role
members-next = Next page
members-role-for = Role for { $username }
members-save-role-for = Save role for { $username }
members-save = Save

## /admin/reputation

adminrep-saved = Reputation settings saved.
adminrep-title = Reputation and levels
adminrep-loading = Loading…
# A points setting and its allowed range, e.g. "Answer upvoted (0 to 1000)"
adminrep-rule-field = { $label } ({ $min } to { $max })
adminrep-rule-answer-upvoted = Answer upvoted
adminrep-rule-question-upvoted = Question upvoted
adminrep-rule-post-downvoted = Post downvoted
adminrep-rule-downvote-cast = Casting a downvote on an answer
adminrep-rule-answer-accepted = Answer accepted (to its author)
adminrep-rule-accepter = Accepting an answer (to the asker)
adminrep-rule-downvote-min = Reputation needed to downvote
adminrep-rule-daily-cap = Daily cap on points from votes
adminrep-level = Level { $n }
adminrep-level-name = Name of level { $n }
adminrep-level-min = Reputation for level { $n }
adminrep-intro = Points are written to each member's ledger as events happen; changes apply to new events only.
adminrep-points = Points
adminrep-levels = Levels
adminrep-col-level = Level
adminrep-col-starts = Starts at reputation
adminrep-save = Save settings


## ——— g5-errors ———

## Errors returned by the server (g5-errors)

# AppError: what a failed request says.
apperror-invalid = Please correct the highlighted fields.
apperror-not-signed-in = Please sign in to continue.
apperror-not-found = This page does not exist or is no longer available.
apperror-internal = Something went wrong on our side. Please try again in a moment.
apperror-busy = We are very busy right now. Please try again in a few seconds.
# $detail is a technical description (offline, server unreachable…), not translated.
apperror-transport = The request could not be completed: { $detail }

# Why a permission was refused.
denied-not-signed-in = Please sign in to do this.
denied-forbidden = You do not have permission to do this.
denied-own-role = You cannot change your own role; ask another admin.
denied-new-tag = New tags are created by staff. Choose existing tags, or ask an agent to add one.
denied-has-answers = A question with answers cannot be deleted by its author. Ask support staff if it must go.
denied-own-post = You cannot vote on your own post.
# $n: the reputation needed.
denied-downvote-reputation = Downvoting needs { $n } reputation. Upvote what helps, and comment on what could be better.
denied-flag-reputation = Flagging needs { $n } reputation. Keep helping, and it will come.
denied-not-asker = Only the asker or support staff can accept an answer.

# Rate limits. limit-minutes is inserted as $wait into the other messages
# ("please wait 5 minutes", "try again in 5 minutes").
limit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
limit-write = You are posting faster than this community allows. Please wait { $wait } and try again; what you wrote is kept.
limit-sign-in = Too many failed sign-in attempts. For your security, please wait { $wait } and try again.
limit-sign-in-network = Too many failed sign-in attempts from your network. For your security, please wait { $wait } and try again.
limit-sign-up = Too many accounts were created from your network recently. Please try again in { $wait }.
limit-try-again = Too many requests. Please try again in { $wait }.
limit-translate = Too many new translations were asked for recently. Please try again in { $wait }; translations already made can still be read.

# Sign-in refusals.
api-sign-in-bad-credentials = The username, email or password is not correct.
# $until: a date like "2026-12-04 13:05 UTC"; $reason: the moderator's words.
api-sign-in-suspended = Your account is suspended until { $until }: { $reason }

api-desk-staff-only = The desk is for support agents and admins.
api-edit-own-posts-only = You can edit only your own posts.

# The answer to a moderator action: $action is the action's name (mod-action-*).
api-moderate-done = { $action }: done.
api-moderate-done-for = { $action }: done for { $member }.
# An action whose name is unknown.
