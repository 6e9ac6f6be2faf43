// Release builds (without erase_components) nest view types deeper than the
// default limit allows.
#![recursion_limit = "256"]

use std::io::IsTerminal as _;
use std::process::ExitCode;

use clap::Parser as _;
use community::StoreError;
use server::cli::{Cli, Command};
use tracing_subscriber::EnvFilter;

/// See server/Cargo.toml for why this allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tantivy=warn")),
        )
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let db = connect(&config.database_url).await?;
            println!("Database is up to date.");
            db.close().await;
            Ok(())
        }
        Command::CreateAdmin { username, email } => {
            let db = connect(&config.database_url).await?;
            let password = admin_password()?;
            let user = community::accounts::create_admin(&db, &username, &email, &password)
                .await
                .map_err(explain)?;
            println!("Created admin {} <{}>.", user.username, user.email);
            db.close().await;
            Ok(())
        }
        Command::SetRole { username, role } => {
            let db = connect(&config.database_url).await?;
            let role = domain::Role::parse(&role).map_err(|e| anyhow::anyhow!(e.code.message()))?;
            let user =
                community::accounts::set_role_by_username(&db, &username, role).await.map_err(explain)?;
            println!("{} is now {}.", user.username, user.role);
            db.close().await;
            Ok(())
        }
        Command::Reindex => {
            let db = connect(&config.database_url).await?;
            let started = std::time::Instant::now();
            let (search, opened) =
                community::search::Search::open(db.clone(), config.search_index_dir.as_deref()).await?;
            let docs = if opened == community::search::Opened::Rebuilt {
                search.doc_count()
            } else {
                search.rebuild().await?
            };
            println!("Indexed {docs} posts in {:.1} s.", started.elapsed().as_secs_f64());
            db.close().await;
            Ok(())
        }
        Command::BenchRelevance { corpus, queries } => server::relevance::run(&corpus, &queries).await,
        Command::BenchSearch { corpus, posts, samples } => {
            server::relevance::latency(&corpus, posts, samples).await
        }
        Command::SeedDemo => {
            let db = connect(&config.database_url).await?;
            let report = community::seed::seed_demo(&db).await?;
            println!(
                "Demo content: {} accounts created, {} already there. Demo password: {}",
                report.created,
                report.existing,
                community::seed::DEMO_PASSWORD
            );
            let content = community::seed::seed_content(&db).await?;
            if content.topics > 0 {
                println!(
                    "Demo community: {} categories, {} tags, {} topics, {} answers, {} comments, {} votes, {} accepted answers, {} translations.",
                    content.categories,
                    content.tags,
                    content.topics,
                    content.answers,
                    content.comments,
                    content.votes,
                    content.accepted,
                    content.translations
                );
            } else {
                println!("Demo community: already there.");
            }
            db.close().await;
            Ok(())
        }
        Command::SeedBench => {
            let db = connect(&config.database_url).await?;
            community::seed::seed_demo(&db).await?;
            community::seed::seed_content(&db).await?;
            println!("{}", community::seed::seed_bench(&db).await?);
            db.close().await;
            Ok(())
        }
    }
}

async fn connect(url: &str) -> anyhow::Result<community::Db> {
    let db = community::Db::connect(url).await?;
    db.migrate().await?;
    Ok(db)
}

async fn serve(config: server::Config) -> anyhow::Result<()> {
    let stop = server::shutdown_signal();
    let running = server::start(config.clone()).await?;
    tracing::info!("Entraide listening on http://{} ({:?} database)", running.addr, running.db.engine());
    let housekeeping = tokio::spawn(housekeeping(running.db.clone()));
    stop.await;
    housekeeping.abort();
    running.stop().await?;
    tracing::info!("stopped");
    Ok(())
}

/// Expired sessions, old sign-in failures and week-old live events are
/// deleted hourly.
async fn housekeeping(db: community::Db) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every.tick().await;
        match community::accounts::purge_stale(&db).await {
            Ok((s, f)) => tracing::debug!(sessions = s, failures = f, "purged stale rows"),
            Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
        }
        let now = community::clock::now_ms();
        // A browser away for longer than this reloads instead of replaying.
        if let Err(e) = community::store::events::prune(&db, now - 7 * 24 * 3_600_000).await {
            tracing::warn!(error = %e, "pruning old live events failed");
        }
        // A node whose index is older than this rebuilds it at start.
        if let Err(e) = community::store::search_log::prune(&db, now - 7 * 24 * 3_600_000).await {
            tracing::warn!(error = %e, "pruning old search changes failed");
        }
    }
}

fn admin_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("ENTRAIDE_ADMIN_PASSWORD") {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        anyhow::bail!("set ENTRAIDE_ADMIN_PASSWORD, or run in a terminal to be asked for the password");
    }
    let first = rpassword::prompt_password("Password for the new admin: ")?;
    let second = rpassword::prompt_password("Repeat the password: ")?;
    if first != second {
        anyhow::bail!("the two passwords differ");
    }
    Ok(first)
}

/// Turns validation errors into sentences for the terminal.
fn explain(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Invalid(fields) => anyhow::anyhow!(
            "{}",
            fields
                .iter()
                .map(|f| format!("{}: {}", f.field, f.code.message()))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        StoreError::NotFound => anyhow::anyhow!("no such account"),
        other => anyhow::Error::new(other),
    }
}
