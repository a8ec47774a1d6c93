//! The `haven` command line: `serve` (the default), `migrate`, `seed`, `events`,
//! `places`, `publish-assets`.

use crate::server::platform::config::Config;
use crate::server::platform::telemetry;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "haven", version, about = "Haven vacation-rental marketplace")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (the default).
    Serve,
    /// Apply database migrations to the primary, then exit.
    Migrate,
    /// Fill the database with deterministic demo data.
    Seed(crate::server::seed::SeedArgs),
    /// Inspect and replay events whose delivery failed (the outbox's dead letters).
    #[command(subcommand)]
    Events(EventsCommand),
    /// The gazetteer: the world's cities and towns (docs/ARCHITECTURE.md, "Places").
    #[command(subcommand)]
    Places(PlacesCommand),
    /// Copy the built site into the asset bucket the CDN serves (adds, never removes).
    PublishAssets(crate::server::platform::publish::PublishArgs),
}

#[derive(Subcommand)]
enum PlacesCommand {
    /// Load GeoNames' places from the packages make install downloads (once per source).
    Import(crate::server::places::import::ImportArgs),
}

async fn places(config: &Config, command: PlacesCommand) -> anyhow::Result<()> {
    use crate::server::places::import;
    let PlacesCommand::Import(args) = command;
    let db = crate::server::platform::db::Db::connect_lazy(&config.database)?;
    let started = std::time::Instant::now();
    let gazetteer = import::read(&args)?;
    let done = import::store(db.primary(), &gazetteer, args.force).await?;
    if done.already {
        tracing::info!(source = done.source, "places: already imported");
    } else {
        tracing::info!(
            source = done.source,
            countries = done.countries,
            regions = done.regions,
            places = done.places,
            names = done.names,
            skipped = done.skipped,
            seconds = started.elapsed().as_secs_f64(),
            "places imported"
        );
    }
    Ok(())
}

#[derive(Subcommand)]
enum EventsCommand {
    /// List dead letters, newest first, as JSON lines.
    Dead,
    /// Deliver dead letter ID to its consumer again.
    Replay { id: i64 },
}

#[allow(clippy::print_stdout, reason = "printing is what this command is for")]
async fn events(config: &Config, command: EventsCommand) -> anyhow::Result<()> {
    use crate::server::platform::outbox;
    let db = crate::server::platform::db::Db::connect_lazy(&config.database)?;
    match command {
        EventsCommand::Dead => {
            for dead in outbox::dead_letters(db.primary()).await? {
                println!("{}", serde_json::to_string(&dead)?);
            }
        }
        EventsCommand::Replay { id } => {
            let now = time::OffsetDateTime::now_utc();
            if !outbox::replay(db.primary(), id, now).await? {
                anyhow::bail!("no dead letter {id} waiting for a replay");
            }
            println!("dead letter {id} queued for delivery again");
        }
    }
    Ok(())
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("haven: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init_logging(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("haven: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => crate::server::serve::run(config).await,
            Command::Migrate => {
                let db = crate::server::platform::db::Db::connect_lazy(&config.database)?;
                crate::server::platform::migrate::run(db.primary()).await?;
                tracing::info!("migrations applied");
                Ok(())
            }
            Command::Seed(args) => crate::server::seed::run(&config, args).await,
            Command::Events(command) => events(&config, command).await,
            Command::Places(command) => places(&config, command).await,
            Command::PublishAssets(args) => crate::server::platform::publish::run(args).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "haven failed");
            eprintln!("haven: {e:#}");
            ExitCode::FAILURE
        }
    }
}
