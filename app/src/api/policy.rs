//! Who may call each server function, and how far each of its inputs is
//! bounded: one reviewed entry per registered endpoint (issue 16).
//!
//! `server/tests/web/policy.rs` lists the functions the server actually
//! registers and fails on any that is missing here (or listed here but gone),
//! so a new endpoint cannot ship without someone writing down its rule; it
//! then posts each `sample` as a visitor, a member and an agent and checks
//! they are refused what `who` does not give them.
//!
//! Every entry states what the code does, read from the function and what it
//! calls, not what it should do. Every request body is capped at 2 MiB
//! before any argument is decoded (axum's default body limit, which server_fn
//! applies through `into_limited_body`); `bounds` names the tighter limits.
//! An entry starting "UNBOUNDED: x" would mean nothing but that cap limits
//! `x` before it reaches the database, the search index, storage or another
//! service; `server/tests/web/policy.rs` fails on any, so none is left.

/// Who a server function serves. Refusals: visitors get 401 (or 403 where
/// the function words it so), signed-in accounts 403, or 404 where the
/// function hides that the thing exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// Everyone, visitors included (it shows only what the viewer may read).
    Anyone,
    /// Any signed-in account; the function itself checks ownership (author,
    /// asker, …) where that matters, and staff usually pass those checks.
    Member,
    /// Staff: agents and admins.
    Agent,
    /// Admins only.
    Admin,
}

/// One server function's rule.
#[derive(Clone, Copy, Debug)]
pub struct Endpoint {
    /// The registered path, prefix included ("/api/ask").
    pub path: &'static str,
    pub who: Who,
    /// Each argument's bound and where it is enforced.
    pub bounds: &'static str,
    /// A form body (`application/x-www-form-urlencoded`) that decodes into
    /// the arguments, for tests to call the function with. Ids refer to the
    /// world `server/tests/web/policy.rs` builds: category 1 "general", tags 1
    /// "sync" and 2 "printers", question 1 by `asker` (user 2), answer 2 and
    /// comment 1 by `helper` (user 3), group 1, tag group 1, and a support
    /// conversation on question 1.
    pub sample: &'static str,
}

const fn e(path: &'static str, who: Who, bounds: &'static str, sample: &'static str) -> Endpoint {
    Endpoint { path, who, bounds, sample }
}

use Who::{Admin, Agent, Anyone, Member};

/// Every server function, grouped by the file in `app/src/api` that declares it.
pub const ENDPOINTS: &[Endpoint] = &[
    // ---- admin.rs: categories, groups, tags (ManageCommunity) ----
    e(
        "/api/admin_categories",
        Admin,
        "none: no arguments (ManageCommunity checked in api::admin::admin_viewer)",
        "",
    ),
    e(
        "/api/save_category",
        Admin,
        "group_ids ≤ MAX_CATEGORY_GROUPS 100, deduplicated, refused before any INSERT \
         (domain::place::parse_group_ids in domain::place::CategoryInput::check), each an existing group; \
         name 2–50, slug 2–40 of a-z0-9-, description ≤ 500, color #rrggbb, post_types known topic kinds, \
         visibility enum (domain::place::parse_*); parent_id one level deep \
         (store::categories::check_parent); \
         position any i64; id must exist",
        "name=Billing&slug=billing&description=Invoices%20and%20plans&color=%23336699&position=2\
         &post_types[0]=question&visibility=public",
    ),
    e(
        "/api/delete_category",
        Admin,
        "category_id: must exist and be empty (store::categories::delete)",
        "category_id=1",
    ),
    e(
        "/api/admin_groups",
        Admin,
        "group: optional id, looked up among the listed groups (api::admin::admin_groups)",
        "group=1",
    ),
    e(
        "/api/create_group",
        Admin,
        "name 2–50, description ≤ 500 (domain::place::parse_name, parse_description)",
        "name=Beta%20testers&description=Early%20access",
    ),
    e("/api/delete_group", Admin, "group_id: must exist (store::groups::delete)", "group_id=1"),
    e(
        "/api/add_group_member",
        Admin,
        "username ≤ USERNAME_MAX 32 chars else 422 before any query (domain::account::username_key in \
         store::groups::add_member), unknown names 422; group_id must exist",
        "group_id=1&username=asker",
    ),
    e(
        "/api/remove_group_member",
        Admin,
        "group_id, user_id: ids, DELETE only (store::groups::remove_member)",
        "group_id=1&user_id=2",
    ),
    e(
        "/api/admin_tags",
        Admin,
        "none: no arguments (ManageCommunity checked in api::admin::admin_viewer)",
        "",
    ),
    e(
        "/api/create_tag_group",
        Admin,
        "name 2–50 (domain::place::parse_name); position any i64",
        "name=Devices&position=1",
    ),
    e("/api/delete_tag_group", Admin, "group_id: must exist (store::tags::delete_group)", "group_id=1"),
    e(
        "/api/save_tag",
        Admin,
        "name ≤ domain::post::TAG_MAX (30) tag characters (domain::post::parse_tag), description ≤ 500 \
         (domain::place::parse_description); group_id must exist; id must exist",
        "name=scanners&description=Scanning%20problems",
    ),
    e(
        "/api/merge_tags",
        Admin,
        "from, into: both required, must exist and differ (store::tags::merge)",
        "from=1&into=2",
    ),
    e("/api/delete_tag", Admin, "tag_id: must exist (store::tags::delete)", "tag_id=1"),
    e(
        "/api/set_members_create_tags",
        Admin,
        "enabled: only its presence is read (store::settings::set_bool)",
        "enabled=on",
    ),
    // ---- auth.rs ----
    e("/api/session", Anyone, "none: no arguments", ""),
    e(
        "/api/sign_up",
        Anyone,
        "username 3–32 of a-z0-9_-, email ≤ 254, password 10–256 chars (domain::account, \
         accounts::parse_new_account); next ≤ 512 same-site path else \"/\" (api::ssr::safe_next); \
         sign-ups per IP limited (WriteLimits::sign_ups_per_ip)",
        "username=newcomer&email=newcomer%40example.com&password=a%20sturdy%20passphrase",
    ),
    e(
        "/api/sign_in",
        Anyone,
        "login ≤ EMAIL_MAX 254, password ≤ PASSWORD_MAX 256 chars, refused before any lookup \
         (domain::sign_in_limit::within_bounds); failures limited per account and network; \
         next ≤ 512 same-site path else \"/\" (api::ssr::safe_next)",
        "login=nobody&password=not%20the%20password",
    ),
    e(
        "/api/change_password",
        Member,
        "current_password ≤ 256 chars, checked under the sign-in limits; new_password 10–256 chars \
         (accounts::change_password, domain::Password::parse_new)",
        "current_password=a%20sturdy%20passphrase&new_password=another%20sturdy%20phrase",
    ),
    e("/api/sign_out", Anyone, "none: no arguments (revokes the request's own session cookies)", ""),
    // ---- language.rs ----
    e(
        "/api/set_language",
        Anyone,
        "language: empty or a known interface locale (api::language::checked_code); \
         next ≤ 512 same-site path else \"/\" (api::ssr::safe_next)",
        "language=fr&next=%2F",
    ),
    e(
        "/api/language_settings",
        Member,
        "ui_language: empty or a known interface locale (api::language::checked_code); \
         auto_translate: a flag",
        "ui_language=fr&auto_translate=on",
    ),
    // ---- live.rs: comments, following, notifications ----
    e(
        "/api/comments",
        Anyone,
        "post_id: must be readable by the viewer (store::facts::visible_facts)",
        "post_id=1",
    ),
    e(
        "/api/follow",
        Member,
        "target ∈ topic|category|tag, level ∈ FollowLevel (domain::follow); target_id must be readable \
         (store::follows::check_target); back ≤ 512 same-site path (api::ssr::safe_next)",
        "target=topic&target_id=1&level=every",
    ),
    e("/api/notifications", Member, "before: optional id cursor; page of NOTIFICATIONS_PAGE (30)", ""),
    e(
        "/api/notifications_read",
        Member,
        "id: optional, only the viewer's own notifications change (store::notifications::mark_read)",
        "",
    ),
    e("/api/notification_settings", Member, "none: no arguments", ""),
    e(
        "/api/save_notification_settings",
        Member,
        "kinds: each must be a NotificationKind, what is stored is derived from the fixed list \
         (store::notifications::choose_kinds)",
        "kinds[0]=new_answer&kinds[1]=mention",
    ),
    // ---- members.rs ----
    e(
        "/api/list_members",
        Admin,
        "q ≤ MEMBER_FILTER_MAX (EMAIL_MAX 254) chars (domain::account::parse_member_filter), after ≤ \
         USERNAME_MAX 32 (domain::account::username_key), both 422 before the LIKE query \
         (store::users::list); page of PAGE_SIZE (50)",
        "q=ask",
    ),
    e(
        "/api/set_role",
        Admin,
        "role ∈ member|agent|admin (domain::Role::parse); user_id must exist and not be the admin's own \
         (permissions::check ChangeRole)",
        "user_id=2&role=agent",
    ),
    // ---- moderation.rs: flags, desk, moderator actions, log ----
    e(
        "/api/flag",
        Member,
        "reason ∈ FlagReason, detail ≤ MAX_DETAIL 500, duplicate_of a question ref \
         (domain::moderation::parse_flag); post_id readable, comment_id on that post, not one's own, \
         flag reputation needed (store::flags::flag); writes rate-limited; back ≤ 512 (api::ssr::safe_next)",
        "post_id=1&reason=spam",
    ),
    e("/api/desk", Agent, "none: no arguments (staff checked in api::moderation::staff)", ""),
    e(
        "/api/moderate",
        Agent,
        "member, assignee ≤ USERNAME_MAX 32 chars else 422 before any query \
         (domain::account::username_key in store::moderation::act, on_member); action ∈ manual ModAction, reason 1–MAX_REASON 500, duration ≤ 366 days \
         (domain::moderation::parse_*); target a question ref; category_id readable; sanctions also need \
         permissions::check Sanction; back ≤ 512 (api::ssr::safe_next)",
        "action=hide&post_id=1&reason=Spam%20link",
    ),
    e(
        "/api/claim",
        Agent,
        "queue parsed into one of the known desk queues, else 422 (domain::moderation::queue::parse in \
         store::desk::claim); item_id any i64, not checked to exist",
        "queue=flags&item_id=1",
    ),
    e(
        "/api/release",
        Agent,
        "queue parsed into one of the known desk queues, else 422 (domain::moderation::queue::parse in \
         store::desk::release); item_id any i64; only one's own claim unless admin",
        "queue=flags&item_id=1",
    ),
    e(
        "/api/mod_log",
        Agent,
        "filter.agent, filter.member ≤ USERNAME_MAX 32 chars else 422 before the query \
         (domain::account::username_key in store::moderation::log_entries); filter.action ∈ ModAction, filter.from/to dates; before any i64; \
         100 lines",
        "filter[agent]=&filter[action]=&filter[member]=&filter[from]=&filter[to]=",
    ),
    e(
        "/api/redact_revision",
        Agent,
        "reason 1–MAX_REASON 500 (domain::moderation::parse_reason); id readable, number an older \
         revision (store::posts::redact_revision)",
        "id=1&number=1&reason=Personal%20data",
    ),
    // ---- moderation_admin.rs ----
    e(
        "/api/moderation_settings",
        Admin,
        "none: no arguments (ManageCommunity in store::desk::response_targets)",
        "",
    ),
    e(
        "/api/save_moderation_settings",
        Admin,
        "spam_domains ≤ MAX_SPAM_DOMAINS 1000 lines else 422, not echoed, after the admin check \
         (domain::automod::parse_spam_domains in api::moderation_admin::save_moderation_settings), each \
         line a host ≤ 253 chars (domain::automod::parse_domain); flag_min_reputation ≤ 1e6, flags_to_hide ≤ 100, \
         new_member_reputation ≤ 1e6, new_member_hours ≤ 8760 (store::automod::save_settings)",
        "flag_min_reputation=15&flags_to_hide=3&new_member_reputation=10&new_member_hours=24\
         &spam_domains=spam.example",
    ),
    e(
        "/api/watch_word",
        Admin,
        "word 2–WORD_MAX 60 chars of letters, digits, space, - and ' (domain::automod::parse_watched_word); \
         word_action ∈ block|hold|flag",
        "word=casino&word_action=hold",
    ),
    e(
        "/api/unwatch_word",
        Admin,
        "word ≤ WORD_MAX 60 chars else 422 before the DELETE, after the admin check \
         (domain::automod::watched_word_key in api::moderation_admin::unwatch_word)",
        "word=casino",
    ),
    e(
        "/api/set_response_target",
        Admin,
        "hours 0–8760, category_id must exist (store::desk::set_response_target)",
        "category_id=1&hours=24",
    ),
    e("/api/guidelines", Anyone, "none: no arguments", ""),
    e("/api/guidelines_source", Admin, "none: no arguments (ManageCommunity checked in the function)", ""),
    e(
        "/api/save_guidelines",
        Admin,
        "body 1–30000 chars (store::guidelines::MAX_CHARS), checked before the admin check",
        "body=Be%20kind%20and%20helpful.",
    ),
    e("/api/first_time", Anyone, "none: no arguments (false for visitors)", ""),
    // ---- overview.rs ----
    e("/api/overview", Anyone, "none: no arguments", ""),
    // ---- posting.rs ----
    e(
        "/api/ask",
        Member,
        "title TITLE_MIN 15–TITLE_MAX 150, body BODY_MIN 30–BODY_MAX 30000 chars, tags 1–TAGS_MAX 5 of \
         ≤ TAG_MAX 30 (domain::post::parse_*); kind a topic kind, category_id readable and accepting it; \
         request_key used only when ≤ 64 bytes (store::posts::create_topic); writes rate-limited",
        "kind=question&category_id=1&title=Scanner%20stops%20halfway%20through%20a%20page\
         &body=It%20scans%20the%20top%20half%20of%20every%20page%20and%20then%20stops.&tags=sync\
         &request_key=k1",
    ),
    e(
        "/api/answer",
        Member,
        "answer BODY_MIN 30–BODY_MAX 30000 chars (domain::post::parse_body); topic_id a readable, open \
         topic; request_key used only when ≤ 64 bytes (store::posts::create_answer); writes rate-limited",
        "topic_id=1&answer=Restart%20the%20print%20spooler%20service%20and%20try%20again.&request_key=k2",
    ),
    e(
        "/api/comment",
        Member,
        "comment 1–COMMENT_MAX 600 chars (domain::post::parse_comment); post_id readable; request_key \
         used only when ≤ 64 bytes (store::comments::add); writes rate-limited",
        "post_id=1&comment=Which%20model%20is%20it%3F&request_key=k3",
    ),
    e(
        "/api/edit",
        Member,
        "body BODY_MIN 30–BODY_MAX 30000, reason ≤ REASON_MAX 300, and for topics title 15–150 and tags \
         1–5 (domain::post::parse_*); author or staff (permissions::check Edit in store::posts::edit); \
         writes rate-limited",
        "id=1&title=Printer%20shows%20offline%20after%20the%20update\
         &body=Printer%20shows%20offline%20after%20the%20update%20every%20single%20morning.&tags=sync\
         &reason=typo",
    ),
    e(
        "/api/delete_post",
        Member,
        "id: readable post; its author (a question only while unanswered) or staff \
         (permissions::check Delete in store::posts::delete)",
        "id=2",
    ),
    e(
        "/api/restore_post",
        Agent,
        "id: readable post (permissions::check Moderate in store::posts::restore)",
        "id=2",
    ),
    e(
        "/api/delete_comment",
        Member,
        "id: a comment on a readable post; its author or staff (permissions::check Edit in \
         store::comments::delete)",
        "id=1",
    ),
    e(
        "/api/rollback",
        Agent,
        "id readable, number an existing revision (permissions::check Moderate in store::posts::rollback)",
        "id=1&number=1",
    ),
    e(
        "/api/preview",
        Member,
        "body ≤ BODY_MAX 30000 chars (api::posting::preview_markdown), rendered in the bounded \
         heavy::MARKDOWN pool; inline a bool; per-client read limit (server middleware::limit_reads)",
        "body=Some%20**bold**%20text&inline=false",
    ),
    // ---- profile.rs ----
    e("/api/profile_form", Member, "none: no arguments (the viewer's own profile)", ""),
    e(
        "/api/save_profile",
        Member,
        "display_name ≤ 50, bio ≤ 2000, location ≤ 60, website ≤ 200 and an http(s) URL, languages each \
         one of 5 codes, deduplicated (domain::profile::ProfileFields::check); the viewer's own profile only",
        "display_name=Ann&bio=Hello&location=Lyon&website=https%3A%2F%2Fexample.com&languages[0]=en",
    ),
    // ---- reputation.rs ----
    e(
        "/api/reputation_history",
        Anyone,
        "username ≤ USERNAME_MAX 32 chars, longer is 404 without a query (domain::account::username_key \
         in store::users::by_username); before any i64; page of HISTORY_PAGE (20) over readable posts",
        "username=asker",
    ),
    e("/api/badge_catalogue", Anyone, "none: no arguments", ""),
    e(
        "/api/leaderboard",
        Anyone,
        "tag ≤ TAG_MAX 30 chars, longer is 404 without a query (domain::post::tag_key in \
         store::tags::by_name); period ∈ week|month|all; category a readable slug matched in memory; 50 rows",
        "period=week&tag=sync",
    ),
    e("/api/reputation_settings", Admin, "none: no arguments (ManageCommunity checked in the function)", ""),
    e(
        "/api/save_reputation_settings",
        Admin,
        "the 8 rules integers in their RULE_FIELDS ranges (domain::reputation::Rules::parse); exactly \
         LEVEL_COUNT 10 level names of 2–30 chars and ascending thresholds 0–1e7 \
         (domain::reputation::parse_levels)",
        "answer_upvoted=10&question_upvoted=5&post_downvoted=-2&downvote_cast=-1&answer_accepted=15\
         &accepter=2&downvote_min=125&daily_cap=200\
         &level_names[0]=Newcomer&level_names[1]=Member&level_names[2]=Contributor&level_names[3]=Regular\
         &level_names[4]=Helper&level_names[5]=Trusted&level_names[6]=Expert&level_names[7]=Mentor\
         &level_names[8]=Guru&level_names[9]=Legend\
         &level_thresholds[0]=0&level_thresholds[1]=15&level_thresholds[2]=50&level_thresholds[3]=150\
         &level_thresholds[4]=400&level_thresholds[5]=1000&level_thresholds[6]=2500\
         &level_thresholds[7]=5000&level_thresholds[8]=10000&level_thresholds[9]=25000",
    ),
    // ---- search.rs ----
    e(
        "/api/search",
        Anyone,
        "request.tag ≤ TAG_MAX 30 chars (domain::post::tag_key), request.author ≤ USERNAME_MAX 32 \
         (domain::account::username_key), field errors before the index (SearchRequest::resolve); \
         q ≤ MAX_QUERY_CHARS 500, page ≤ MAX_PAGE 50, status/kind/lang/sort known values, from/to dates \
         (resolve); category matched to readable places; per-client read limit (middleware::limit_reads)",
        "request[q]=printer&request[category]=&request[tag]=&request[status]=&request[kind]=&request[lang]=\
         &request[author]=&request[from]=&request[to]=&request[sort]=&request[page]=1",
    ),
    e(
        "/api/search/suggest",
        Anyone,
        "q cut to MAX_QUERY_CHARS 500 (api::search::suggest); SUGGEST_MAX 6 results; per-client read limit \
         (middleware::limit_reads)",
        "q=printer",
    ),
    e(
        "/api/search/similar",
        Anyone,
        "title cut to 300 chars, body cut to 2000 chars (api::search::similar_questions); per-client read \
         limit (middleware::limit_reads)",
        "title=Printer%20shows%20offline&body=",
    ),
    e(
        "/api/search/related",
        Anyone,
        "topic_id: must be readable (store::topics::source); per-client read limit (middleware::limit_reads)",
        "topic_id=1",
    ),
    e(
        "/api/search/deflect",
        Anyone,
        "query cut to MAX_QUERY_CHARS 500 (store::search_log::deflect); source mapped to search|ask; \
         topic_id a readable, visible topic; one row per call, under the per-client read limit \
         (middleware::limit_reads)",
        "topic_id=1&query=printer&source=search",
    ),
    // ---- support.rs ----
    e(
        "/api/escalate",
        Member,
        "message ≤ MESSAGE_MAX 10000 chars, required from the asker (domain::escalation::parse_opening); \
         the asker or staff only (store::escalations::open); writes rate-limited",
        "topic_id=1&message=My%20account%20cannot%20print%20at%20all.",
    ),
    e(
        "/api/support_reply",
        Member,
        "message 1–MESSAGE_MAX 10000 chars (domain::escalation::parse_message); the asker or staff only \
         (store::escalations::reply); writes rate-limited",
        "topic_id=1&message=Any%20news%3F",
    ),
    e(
        "/api/set_support_status",
        Member,
        "status ∈ open|waiting|resolved (EscalationStatus::parse); staff any, the asker only resolved \
         (domain::escalation::may_set_status)",
        "topic_id=1&status=resolved",
    ),
    e(
        "/api/support_conversation",
        Member,
        "topic_id: the asker or staff only; everyone else, visitors included, gets 404 \
         (store::escalations::view)",
        "topic_id=1",
    ),
    e(
        "/api/support_entry",
        Anyone,
        "topic_id: visitors and members outside the conversation get None (store::escalations::standing)",
        "topic_id=1",
    ),
    // ---- topics.rs ----
    e("/api/home", Anyone, "none: no arguments", ""),
    e(
        "/api/topics",
        Anyone,
        "tag ≤ TAG_MAX 30 chars, longer is 404 without a query (domain::post::tag_key in \
         store::tags::by_name); sort/status parsed, unknown = default; category a readable slug matched in memory; after decoded to integers, \
         malformed ignored (store::topics::list); PAGE_SIZE 30",
        "sort=newest&category=general&tag=sync",
    ),
    e("/api/thread", Anyone, "id: must be readable (store::topics::thread)", "id=1"),
    e("/api/ask_form", Member, "none: no arguments (permissions::check Post)", ""),
    e(
        "/api/edit_form",
        Member,
        "id: readable post; its author or staff (Source::can_edit in store::topics::source)",
        "id=1",
    ),
    e("/api/history", Anyone, "id: must be readable (store::posts::revisions)", "id=1"),
    e(
        "/api/profile",
        Anyone,
        "username ≤ USERNAME_MAX 32 chars, longer is 404 without a query (domain::account::username_key \
         in store::users::by_username)",
        "username=asker",
    ),
    e("/api/tag_index", Anyone, "none: no arguments", ""),
    // ---- translation.rs ----
    e(
        "/api/translate",
        Anyone,
        "kind ∈ post|comment, id readable, target one of the 5 community languages \
         (translate::is_target_language); new machine translations within the hourly budget per viewer, \
         IP and community (translate::budget)",
        "kind=post&id=1&target=fr",
    ),
    e(
        "/api/content_language",
        Member,
        "kind ∈ post|comment, id readable, language a known content language (translate::set_language); \
         the author or staff only; next ≤ 512 same-site path (api::ssr::safe_next)",
        "kind=post&id=1&language=en",
    ),
    e(
        "/api/translation_draft",
        Member,
        "post_id readable, the author or staff only; language looked up only when a community language \
         (translate::draft)",
        "post_id=1&language=fr",
    ),
    e(
        "/api/save_translation",
        Member,
        "language a community language, title 15–150 for topics, body 30–30000 chars \
         (translate::save_human with domain::post::parse_*); the author or staff only; writes rate-limited; \
         a silenced translator is refused and the text meets auto-moderation (refused, held for an agent, or flagged)",
        "post_id=1&language=fr&title=L%27imprimante%20est%20hors%20ligne%20depuis%20la%20mise%20%C3%A0%20jour\
         &body=L%27imprimante%20est%20hors%20ligne%20chaque%20matin%20depuis%20la%20mise%20%C3%A0%20jour.",
    ),
    e(
        "/api/translation_settings",
        Admin,
        "none: no arguments (ManageCommunity in translate::settings::load)",
        "",
    ),
    e(
        "/api/save_translation_settings",
        Admin,
        "url ≤ MAX_URL_CHARS 500, model ≤ MAX_MODEL_CHARS 200, api_key ≤ MAX_API_KEY_CHARS 4096 chars, \
         422 after the admin check and before the store reads settings or seals the key \
         (domain::translation::check_provider_lengths in api::translation); url http(s) and a public \
         host, key stored sealed (translate::settings::save); provider known or empty, timeout_secs 1–60, retries ≤ 5, budgets \
         1–1e6 or blank (domain::translation::parse_allowance)",
        "provider=&url=&timeout_secs=10&retries=2",
    ),
    e(
        "/api/try_translation",
        Admin,
        "target one of the 5 community languages else 422, checked before the provider is looked up or \
         called; only the known code is sent (domain::translation::parse_target in \
         api::translation::try_translation)",
        "target=fr",
    ),
    // ---- votes.rs ----
    e(
        "/api/vote",
        Member,
        "value ∈ up|down|none; post_id readable and open, not one's own, downvotes need downvote_min \
         reputation (permissions::check Vote in store::votes::cast)",
        "post_id=2&value=up",
    ),
    e(
        "/api/accept_answer",
        Member,
        "answer_id an answer to a readable question; its asker or staff (permissions::check Accept in \
         store::votes::accept); accept a bool",
        "answer_id=2&accept=true",
    ),
    e(
        "/api/verify_answer",
        Agent,
        "answer_id an answer to a readable question (permissions::check Verify in store::votes::verify); \
         verified a bool",
        "answer_id=2&verified=true",
    ),
    // ---- webhooks.rs ----
    e("/api/webhook_config", Admin, "none: no arguments (ManageCommunity in webhooks::config)", ""),
    e(
        "/api/save_webhook",
        Admin,
        "secret MIN_SECRET_CHARS 16–MAX_SECRET_CHARS 256 chars, checked before it is sealed and stored \
         (domain::webhook::validate_secret in webhooks::configure); url ≤ MAX_URL_CHARS 500, http(s), public host (domain::webhook::validate_url, outbound::check_url)",
        "url=https%3A%2F%2Fhelpdesk.example%2Fhook&secret=0123456789abcdef0123",
    ),
    e("/api/send_test_webhook", Admin, "none: no arguments (ManageCommunity in webhooks::send_test)", ""),
    e(
        "/api/webhook_deliveries",
        Admin,
        "none: no arguments (ManageCommunity in webhooks::deliveries; LOG_LINES 50)",
        "",
    ),
];
