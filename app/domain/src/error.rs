use serde::{Deserialize, Serialize};

/// A stable, machine-readable reason. The string form (`code()`) is part of
/// the API and doubles as the translation key for the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ErrorCode {
    UsernameTooShort,
    UsernameTooLong,
    UsernameInvalidChars,
    UsernameReserved,
    UsernameTaken,
    EmailInvalid,
    EmailTooLong,
    EmailTaken,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    PasswordContainsUsername,
    Required,
    RoleUnknown,
    TitleTooShort,
    TitleTooLong,
    BodyTooShort,
    BodyTooLong,
    CommentTooLong,
    TagsRequired,
    TooManyTags,
    TagInvalid,
    TagUnknown,
    TagTaken,
    CategoryUnknown,
    KindNotAccepted,
    KindUnknown,
    NameTooShort,
    NameTooLong,
    NameTaken,
    SlugInvalid,
    SlugTaken,
    ColorInvalid,
    DescriptionTooLong,
    ParentInvalid,
    ParentHasChildren,
    VisibilityUnknown,
    GroupsRequired,
    GroupUnknown,
    CategoryNotEmpty,
    ReasonTooLong,
    PostLocked,
    PostDeleted,
    HasAnswers,
    RevisionUnknown,
    NothingChanged,
    MergeSameTag,
    MemberUnknown,
    NumberOutOfRange,
    FirstLevelZero,
    LevelsAscending,
    NotAnAnswer,
    VoteInvalid,
    NameInvalid,
    BioTooLong,
    LocationTooLong,
    WebsiteInvalid,
    LanguageUnknown,
    ImageInvalid,
    ImageTooLarge,
    ImageTooManyPixels,
    FollowTargetUnknown,
    FollowLevelUnknown,
    NotificationKindUnknown,
    QueryTooLong,
    SearchFilterUnknown,
    DateInvalid,
    DateRangeInverted,
}

impl ErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            Self::UsernameTooShort => "username.too_short",
            Self::UsernameTooLong => "username.too_long",
            Self::UsernameInvalidChars => "username.invalid_chars",
            Self::UsernameReserved => "username.reserved",
            Self::UsernameTaken => "username.taken",
            Self::EmailInvalid => "email.invalid",
            Self::EmailTooLong => "email.too_long",
            Self::EmailTaken => "email.taken",
            Self::PasswordTooShort => "password.too_short",
            Self::PasswordTooLong => "password.too_long",
            Self::PasswordCommon => "password.common",
            Self::PasswordContainsUsername => "password.contains_username",
            Self::Required => "field.required",
            Self::RoleUnknown => "role.unknown",
            Self::TitleTooShort => "title.too_short",
            Self::TitleTooLong => "title.too_long",
            Self::BodyTooShort => "body.too_short",
            Self::BodyTooLong => "body.too_long",
            Self::CommentTooLong => "comment.too_long",
            Self::TagsRequired => "tags.required",
            Self::TooManyTags => "tags.too_many",
            Self::TagInvalid => "tag.invalid",
            Self::TagUnknown => "tag.unknown",
            Self::TagTaken => "tag.taken",
            Self::CategoryUnknown => "category.unknown",
            Self::KindNotAccepted => "category.kind_not_accepted",
            Self::KindUnknown => "post.kind_unknown",
            Self::NameTooShort => "name.too_short",
            Self::NameTooLong => "name.too_long",
            Self::NameTaken => "name.taken",
            Self::SlugInvalid => "slug.invalid",
            Self::SlugTaken => "slug.taken",
            Self::ColorInvalid => "color.invalid",
            Self::DescriptionTooLong => "description.too_long",
            Self::ParentInvalid => "category.parent_invalid",
            Self::ParentHasChildren => "category.has_children",
            Self::VisibilityUnknown => "category.visibility_unknown",
            Self::GroupsRequired => "category.groups_required",
            Self::GroupUnknown => "group.unknown",
            Self::CategoryNotEmpty => "category.not_empty",
            Self::ReasonTooLong => "reason.too_long",
            Self::PostLocked => "post.locked",
            Self::PostDeleted => "post.deleted",
            Self::HasAnswers => "post.has_answers",
            Self::RevisionUnknown => "revision.unknown",
            Self::NothingChanged => "post.nothing_changed",
            Self::MergeSameTag => "tag.merge_same",
            Self::MemberUnknown => "member.unknown",
            Self::NumberOutOfRange => "number.out_of_range",
            Self::FirstLevelZero => "level.first_zero",
            Self::LevelsAscending => "level.ascending",
            Self::NotAnAnswer => "post.not_an_answer",
            Self::VoteInvalid => "vote.invalid",
            Self::NameInvalid => "name.invalid",
            Self::BioTooLong => "bio.too_long",
            Self::LocationTooLong => "location.too_long",
            Self::WebsiteInvalid => "website.invalid",
            Self::LanguageUnknown => "language.unknown",
            Self::ImageInvalid => "image.invalid",
            Self::ImageTooLarge => "image.too_large",
            Self::ImageTooManyPixels => "image.too_many_pixels",
            Self::FollowTargetUnknown => "follow.target_unknown",
            Self::FollowLevelUnknown => "follow.level_unknown",
            Self::NotificationKindUnknown => "notification.kind_unknown",
            Self::QueryTooLong => "search.query_too_long",
            Self::SearchFilterUnknown => "search.filter_unknown",
            Self::DateInvalid => "date.invalid",
            Self::DateRangeInverted => "date.range_inverted",
        }
    }

    /// The English sentence shown to the user; other languages translate by `code()`.
    pub fn message(self) -> &'static str {
        match self {
            Self::UsernameTooShort => "Use at least 3 characters.",
            Self::UsernameTooLong => "Use at most 32 characters.",
            Self::UsernameInvalidChars => {
                "Use only lowercase letters a–z, digits, underscores (_) and hyphens (-)."
            }
            Self::UsernameReserved => "This name is reserved. Please choose another.",
            Self::UsernameTaken => "This username is already taken.",
            Self::EmailInvalid => "Enter an email address like name@example.com.",
            Self::EmailTooLong => "This email address is too long.",
            Self::EmailTaken => "An account with this email already exists. Try signing in.",
            Self::PasswordTooShort => "Use at least 10 characters.",
            Self::PasswordTooLong => "Use at most 256 characters.",
            Self::PasswordCommon => "This password is too common and easy to guess. Choose another.",
            Self::PasswordContainsUsername => "Your password must not contain your username.",
            Self::Required => "This field is required.",
            Self::RoleUnknown => "Choose member, agent or admin.",
            Self::TitleTooShort => {
                "Use at least 15 characters, so others understand the problem at a glance."
            }
            Self::TitleTooLong => "Use at most 150 characters.",
            Self::BodyTooShort => "Use at least 30 characters: describe what you tried and what happened.",
            Self::BodyTooLong => "Use at most 30,000 characters.",
            Self::CommentTooLong => "Use at most 600 characters.",
            Self::TagsRequired => "Add at least one tag.",
            Self::TooManyTags => "Use at most 5 tags.",
            Self::TagInvalid => "Tags use lowercase letters, digits and - + # . (at most 30 characters).",
            Self::TagUnknown => "This tag does not exist. Choose an existing tag.",
            Self::TagTaken => "A tag with this name already exists.",
            Self::CategoryUnknown => "Choose a category.",
            Self::KindNotAccepted => {
                "This category does not accept this type of post. Choose another category or type."
            }
            Self::KindUnknown => "Choose a question or a discussion.",
            Self::NameTooShort => "Use at least 2 characters.",
            Self::NameTooLong => "Use at most 50 characters.",
            Self::NameTaken => "This name is already used.",
            Self::SlugInvalid => "Use 2–40 lowercase letters a–z, digits and hyphens.",
            Self::SlugTaken => "Another category already uses this slug.",
            Self::ColorInvalid => "Use a colour like #2f7de1.",
            Self::DescriptionTooLong => "Use at most 500 characters.",
            Self::ParentInvalid => "A sub-category's parent must be a top-level category other than itself.",
            Self::ParentHasChildren => "This category has sub-categories, so it cannot become one.",
            Self::VisibilityUnknown => "Choose public, members only or restricted to groups.",
            Self::GroupsRequired => "Choose at least one group that may see this category.",
            Self::GroupUnknown => "This group does not exist.",
            Self::CategoryNotEmpty => "Move or delete its posts and sub-categories first.",
            Self::ReasonTooLong => "Use at most 300 characters.",
            Self::PostLocked => "This question is locked: it takes no new answers or comments.",
            Self::PostDeleted => "This post has been deleted.",
            Self::HasAnswers => {
                "A question with answers cannot be deleted by its author. Ask support staff if it must go."
            }
            Self::RevisionUnknown => "This revision does not exist.",
            Self::NothingChanged => "Nothing changed: edit the text before saving.",
            Self::MergeSameTag => "Choose a different tag to merge into.",
            Self::MemberUnknown => "No member has this username.",
            Self::NumberOutOfRange => "Enter a whole number in the allowed range.",
            Self::FirstLevelZero => "Level 1 starts at 0 reputation.",
            Self::LevelsAscending => "Each level needs more reputation than the one before.",
            Self::NotAnAnswer => "Only an answer to this question can be accepted.",
            Self::VoteInvalid => "Vote up, down, or take your vote back.",
            Self::NameInvalid => "Use letters, digits, spaces and punctuation only.",
            Self::BioTooLong => "Use at most 2,000 characters.",
            Self::LocationTooLong => "Use at most 60 characters.",
            Self::WebsiteInvalid => "Enter a web address starting with https://, like https://example.com.",
            Self::LanguageUnknown => "Choose languages from the list.",
            Self::ImageInvalid => "Upload a PNG, JPEG, GIF or WebP image.",
            Self::ImageTooLarge => "Upload an image of at most 5 MB.",
            Self::ImageTooManyPixels => "Upload an image of at most 8,192 × 8,192 pixels.",
            Self::FollowTargetUnknown => "You can follow a question, a category or a tag.",
            Self::FollowLevelUnknown => "Choose a notification level from the list.",
            Self::NotificationKindUnknown => "Choose notification kinds from the list.",
            Self::QueryTooLong => "Use at most 500 characters: keep the words that matter most.",
            Self::SearchFilterUnknown => "Choose a value from the list.",
            Self::DateInvalid => "Enter a date like 2024-01-31.",
            Self::DateRangeInverted => "The end date must come after the start date.",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// A validation failure tied to one form field (by its `name`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{field}: {code}")]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: &str, code: ErrorCode) -> Self {
        Self { field: field.to_owned(), code }
    }
}
