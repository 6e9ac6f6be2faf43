//! Profile pictures in storage, on SQLite and on PostgreSQL.

use domain::id::UserId;
use std::io::Cursor;

use community::on_both_engines;
use community::store::{profiles, users};
use community::{Db, StoreError};
use domain::permissions::Denied;
use domain::{Role, Viewer};
use image::{ImageFormat, Rgb, RgbImage};

on_both_engines!(
    members_set_replace_and_remove_their_picture,
    visitors_have_no_picture_to_set,
    concurrent_uploads_get_distinct_versions,
);

const NOW: i64 = 1_790_000_000_000;

fn id(v: Viewer) -> UserId {
    match v {
        Viewer::Account { id, .. } => id,
        Viewer::Visitor => unreachable!("an account"),
    }
}

/// A stored avatar as the upload route makes it.
fn avatar_png(colour: [u8; 3]) -> Vec<u8> {
    let mut raw = Vec::new();
    RgbImage::from_pixel(300, 200, Rgb(colour))
        .write_to(&mut Cursor::new(&mut raw), ImageFormat::Png)
        .expect("encode");
    community::avatar::normalise(&raw).expect("a valid picture")
}

async fn members_set_replace_and_remove_their_picture(db: &Db) {
    let alice = community::testing::quick_account(db, "alice", Role::Member).await;
    let bob = community::testing::quick_account(db, "bob", Role::Member).await;
    let red = avatar_png([200, 0, 0]);
    let blue = avatar_png([0, 0, 200]);

    let v1 = profiles::set_avatar(db, alice, &red, NOW).await.expect("upload");
    assert_eq!(v1, NOW);
    assert_eq!(profiles::avatar(db, "alice").await.unwrap(), Some((red.clone(), v1)));
    // Usernames are case-insensitive, like everywhere else.
    assert_eq!(profiles::avatar(db, "Alice").await.unwrap().map(|(_, v)| v), Some(v1));
    assert_eq!(profiles::get(db, id(alice)).await.unwrap().avatar_version, Some(v1));
    // The session's account carries it too, for the header.
    assert_eq!(users::by_id(db, id(alice)).await.unwrap().unwrap().avatar_version, Some(v1));

    // A second upload in the same millisecond still gets a new version.
    let v2 = profiles::set_avatar(db, alice, &blue, NOW).await.expect("replace");
    assert!(v2 > v1, "{v2} > {v1}");
    assert_eq!(profiles::avatar(db, "alice").await.unwrap(), Some((blue, v2)));
    let later = profiles::set_avatar(db, alice, &red, NOW + 5_000).await.expect("replace later");
    assert_eq!(later, NOW + 5_000);

    // Nobody else is affected.
    assert_eq!(profiles::avatar(db, "bob").await.unwrap(), None);
    assert_eq!(profiles::get(db, id(bob)).await.unwrap().avatar_version, None);
    assert_eq!(profiles::avatar(db, "nobody").await.unwrap(), None);

    assert!(profiles::remove_avatar(db, alice).await.expect("remove"));
    assert_eq!(profiles::avatar(db, "alice").await.unwrap(), None);
    assert_eq!(profiles::get(db, id(alice)).await.unwrap().avatar_version, None);
    assert_eq!(users::by_id(db, id(alice)).await.unwrap().unwrap().avatar_version, None);
    assert!(!profiles::remove_avatar(db, alice).await.expect("removing twice is harmless"));
}

async fn visitors_have_no_picture_to_set(db: &Db) {
    let err = profiles::set_avatar(db, Viewer::Visitor, &avatar_png([1, 2, 3]), NOW).await.unwrap_err();
    assert!(matches!(err, StoreError::Denied(Denied::NotSignedIn)), "{err:?}");
    let err = profiles::remove_avatar(db, Viewer::Visitor).await.unwrap_err();
    assert!(matches!(err, StoreError::Denied(Denied::NotSignedIn)), "{err:?}");
}

/// Eight uploads at once from one member (two tabs, a retried request):
/// each gets its own version and the one stored is the last.
async fn concurrent_uploads_get_distinct_versions(db: &Db) {
    let carol = community::testing::quick_account(db, "carol", Role::Member).await;
    let png = avatar_png([10, 150, 10]);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (db, png) = (db.clone(), png.clone());
        tasks.push(tokio::spawn(async move { profiles::set_avatar(&db, carol, &png, NOW).await }));
    }
    let mut versions = Vec::new();
    for t in tasks {
        versions.push(t.await.expect("task").expect("upload"));
    }
    versions.sort_unstable();
    versions.dedup();
    assert_eq!(versions.len(), 8, "{versions:?}");
    assert_eq!(versions[0], NOW);
    let stored = profiles::get(db, id(carol)).await.unwrap().avatar_version;
    assert_eq!(stored, versions.last().copied());
}
