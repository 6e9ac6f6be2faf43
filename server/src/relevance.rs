//! Search benchmarks run through the product's own indexing and query code:
//! `entraide bench-relevance` (the AskUbuntu duplicate-question task) and
//! `entraide bench-search` (latency and indexing throughput at scale).

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::time::Instant;

use anyhow::Context as _;
use community::search::{DocInput, Search};
use community::store::categories::Access;
use domain::model::Category;
use domain::search::Sort;
use domain::{Viewer, Visibility};

/// One corpus question: `id<TAB>title<TAB>body`.
struct Question {
    id: i64,
    title: String,
    body: String,
}

/// One dev-set query: its known duplicates and the candidates to re-rank.
struct Query {
    id: i64,
    similar: HashSet<i64>,
    candidates: Vec<i64>,
    bm25: Vec<f64>,
}

fn open(path: &Path) -> anyhow::Result<Box<dyn BufRead>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::new(reader)))
}

fn corpus(path: &Path) -> anyhow::Result<Vec<Question>> {
    let mut out = Vec::new();
    for (n, line) in open(path)?.lines().enumerate() {
        let line = line?;
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(title)) = (parts.next(), parts.next()) else { continue };
        let id = id.trim().parse().with_context(|| format!("{}:{}: bad id", path.display(), n + 1))?;
        out.push(Question { id, title: title.to_owned(), body: parts.next().unwrap_or_default().to_owned() });
    }
    Ok(out)
}

fn ids(s: &str) -> Vec<i64> {
    s.split_whitespace().filter_map(|x| x.parse().ok()).collect()
}

fn queries(path: &Path) -> anyhow::Result<Vec<Query>> {
    let mut out = Vec::new();
    for line in open(path)?.lines() {
        let line = line?;
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let Ok(id) = f[0].trim().parse() else { continue };
        out.push(Query {
            id,
            similar: ids(f[1]).into_iter().collect(),
            candidates: ids(f[2]),
            bm25: f
                .get(3)
                .map(|s| s.split_whitespace().filter_map(|x| x.parse().ok()).collect())
                .unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The one public category the benchmark corpus lives in.
fn everyone() -> Access {
    let c = Category {
        id: domain::CategoryId(1),
        parent_id: None,
        name: "Corpus".into(),
        slug: "corpus".into(),
        description: String::new(),
        color: "#000000".into(),
        position: 0,
        post_types: vec!["question".into()],
        visibility: Visibility::Public,
        group_ids: Vec::new(),
        topic_count: 0,
        post_count: 0,
        last_activity_at: None,
    };
    Access { viewer: Viewer::Visitor, categories: vec![c] }
}

fn doc(q: &Question, created_at: i64) -> DocInput {
    DocInput {
        topic_id: domain::TopicId(q.id),
        post_id: domain::PostId(q.id),
        kind: "question".into(),
        title: q.title.clone(),
        topic_title: q.title.clone(),
        slug: String::new(),
        body: q.body.clone(),
        category_id: domain::CategoryId(1),
        author: "corpus".into(),
        created_at,
        // The corpus is English; detection would only cost time.
        lang: Some("en".into()),
        ..Default::default()
    }
}

/// A throw-away database for the change log an index needs.
async fn scratch_search() -> anyhow::Result<Search> {
    let db = community::Db::connect("sqlite::memory:").await?;
    db.migrate().await?;
    let (search, _) = Search::open(db, None).await?;
    Ok(search)
}

/// Mean average precision, mean reciprocal rank, P@1 and P@5, in percent,
/// of rankings (each a list of "is this a duplicate").
pub fn metrics(rankings: &[Vec<bool>]) -> [f64; 4] {
    let n = rankings.len().max(1) as f64;
    let (mut map, mut mrr, mut p1, mut p5) = (0.0, 0.0, 0.0, 0.0);
    for r in rankings {
        let relevant = r.iter().filter(|x| **x).count();
        let mut hits = 0.0;
        let mut ap = 0.0;
        for (i, rel) in r.iter().enumerate() {
            if *rel {
                hits += 1.0;
                ap += hits / (i + 1) as f64;
            }
        }
        if relevant > 0 {
            map += ap / relevant as f64;
        }
        mrr += r.iter().position(|x| *x).map_or(0.0, |p| 1.0 / (p + 1) as f64);
        p1 += f64::from(u8::from(r.first().copied().unwrap_or(false)));
        p5 += r.iter().take(5).filter(|x| **x).count() as f64 / 5.0;
    }
    [map, mrr, p1, p5].map(|m| 100.0 * m / n)
}

/// `entraide bench-relevance`.
pub async fn run(corpus_path: &Path, queries_path: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let questions = corpus(corpus_path)?;
    let queries = queries(queries_path)?;
    println!("corpus: {} questions from {}", questions.len(), corpus_path.display());
    let search = scratch_search().await?;
    let docs: Vec<DocInput> = questions.iter().enumerate().map(|(i, q)| doc(q, i as i64)).collect();
    search.add_documents(docs).await?;
    search.commit_documents().await?;
    println!("indexed in {:.1} s ({} documents)", started.elapsed().as_secs_f64(), search.doc_count());
    let by_id: HashMap<i64, &Question> = questions.iter().map(|q| (q.id, q)).collect();
    let access = everyone();
    let (mut ours, mut baseline, mut recalls) = (Vec::new(), Vec::new(), Vec::new());
    let mut missing = 0;
    for q in &queries {
        if !q.candidates.iter().any(|c| q.similar.contains(c)) {
            continue;
        }
        // The published BM25 ranking (field 4), as a check of the metrics:
        // over every query, whether or not its text is in the corpus.
        let mut by_bm25: Vec<(i64, f64)> =
            q.candidates.iter().copied().zip(q.bm25.iter().copied().chain(std::iter::repeat(0.0))).collect();
        by_bm25.sort_by(|a, b| b.1.total_cmp(&a.1));
        baseline.push(by_bm25.iter().map(|(c, _)| q.similar.contains(c)).collect());
        let Some(text) = by_id.get(&q.id) else {
            missing += 1;
            continue;
        };
        let mut scored = search.score_candidates(&access, &text.title, &text.body, &q.candidates)?;
        // A stable sort: equal scores keep the candidates' given order.
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        ours.push(scored.iter().map(|(c, _)| q.similar.contains(c)).collect());
        let found = search.similar(&access, &text.title, &text.body, Some(domain::TopicId(q.id)), 10).await?;
        let in_corpus = q.similar.iter().filter(|s| by_id.contains_key(s)).count();
        if in_corpus > 0 {
            let hit = found.iter().filter(|f| q.similar.contains(&f.topic_id.get())).count();
            recalls.push(hit as f64 / in_corpus.min(10) as f64);
        }
    }
    println!(
        "queries evaluated: {} ({} skipped: their text is not in the corpus; the BM25 row covers all {})",
        ours.len(),
        missing,
        baseline.len()
    );
    println!("| ranking | MAP | MRR | P@1 | P@5 |");
    println!("|---|---|---|---|---|");
    for (name, r) in [("BM25 (Lucene, field 4 of the dev file)", &baseline), ("Entraide (tantivy)", &ours)] {
        if r.is_empty() {
            println!("| {name} | no query text in this corpus | | | |");
            continue;
        }
        let [map, mrr, p1, p5] = metrics(r);
        println!("| {name} | {map:.1} | {mrr:.1} | {p1:.1} | {p5:.1} |");
    }
    if recalls.is_empty() {
        println!("recall@10 over the whole corpus: no query text in this corpus");
    } else {
        let recall = 100.0 * recalls.iter().sum::<f64>() / recalls.len() as f64;
        println!(
            "recall@10 over the whole corpus (similar questions, query excluded): {recall:.1} % over {} queries",
            recalls.len()
        );
    }
    println!("total time {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// `entraide bench-search`: indexes the corpus, then `posts` synthesized
/// posts (corpus titles and bodies recombined), and times searches and
/// similar-question queries taken from corpus titles.
pub async fn latency(corpus_path: &Path, posts: usize, samples: usize) -> anyhow::Result<()> {
    let questions = corpus(corpus_path)?;
    anyhow::ensure!(!questions.is_empty(), "the corpus is empty");
    let search = scratch_search().await?;
    let started = Instant::now();
    let mut batch = Vec::with_capacity(10_000);
    let n = posts.max(questions.len());
    for i in 0..n {
        let a = &questions[i % questions.len()];
        // Each synthesized post: one question's title with another's body,
        // so the vocabulary and lengths stay real while texts differ.
        let b = &questions[(i * 7919 + 13) % questions.len()];
        let q = Question { id: i as i64 + 1, title: a.title.clone(), body: b.body.clone() };
        batch.push(doc(&q, i as i64));
        if batch.len() == 10_000 {
            search.add_documents(std::mem::take(&mut batch)).await?;
        }
    }
    search.add_documents(batch).await?;
    search.commit_documents().await?;
    let secs = started.elapsed().as_secs_f64();
    println!("indexed {n} posts in {secs:.1} s: {:.0} posts/s", n as f64 / secs);
    let access = everyone();
    let mut times: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    for i in 0..samples {
        let q = &questions[(i * 104_729) % questions.len()];
        let words: Vec<&str> = q.title.split_whitespace().take(4).collect();
        let parsed = domain::search::parse(&words.join(" "));
        let t = Instant::now();
        search.search(&access, &parsed, Sort::Relevance, 1).await?;
        times[0].push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        search.similar(&access, &q.title, "", None, domain::search::SIMILAR_MAX).await?;
        times[1].push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!("| query ({samples} samples, {n} posts) | p50 | p95 | p99 |");
    println!("|---|---|---|---|");
    for (name, mut t) in
        [("search (4 title words)", times[0].clone()), ("similar questions (a title)", times[1].clone())]
    {
        t.sort_by(f64::total_cmp);
        println!(
            "| {name} | {:.2} ms | {:.2} ms | {:.2} ms |",
            percentile(&t, 0.50),
            percentile(&t, 0.95),
            percentile(&t, 0.99)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::metrics;

    #[test]
    fn metrics_of_known_rankings() {
        // Duplicates at ranks 1 and 3: AP = (1 + 2/3) / 2.
        let [map, mrr, p1, p5] = metrics(&[vec![true, false, true, false, false]]);
        assert!((map - 83.333).abs() < 0.01);
        assert!((mrr - 100.0).abs() < 1e-9);
        assert!((p1 - 100.0).abs() < 1e-9);
        assert!((p5 - 40.0).abs() < 1e-9);
        let [map, mrr, p1, _] = metrics(&[vec![false, true]]);
        assert!((map - 50.0).abs() < 1e-9 && (mrr - 50.0).abs() < 1e-9 && p1 == 0.0);
    }
}
