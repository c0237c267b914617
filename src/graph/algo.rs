//! Path and neighbourhood algorithms: free functions over petgraph's traits, so they work
//! on the [`GraphView`](super::GraphView)'s graph, on an `UndirectedAdaptor` of it, or on any
//! other petgraph graph.

use petgraph::visit::{EdgeRef, IntoEdges, IntoNeighbors, NodeIndexable, Visitable};
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;

/// Shortest path by hop count, breadth-first.
///
/// Takes the graph, a start and a goal node, and the most hops allowed. Returns the nodes of
/// one shortest path from `start` to `goal` (both included), or `None` when the goal is not
/// within `max_hops`. Cost: O(V + E) time and O(V) memory.
pub fn shortest_path<G>(g: G, start: G::NodeId, goal: G::NodeId, max_hops: usize) -> Option<Vec<G::NodeId>>
where
    G: IntoNeighbors,
    G::NodeId: Eq + Hash + Copy,
{
    let mut parent: HashMap<G::NodeId, G::NodeId> = HashMap::new();
    let mut depth: HashMap<G::NodeId, usize> = HashMap::from([(start, 0)]);
    let mut queue = VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        if n == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(&p) = parent.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        let d = depth[&n];
        if d >= max_hops {
            continue;
        }
        for m in g.neighbors(n) {
            if let std::collections::hash_map::Entry::Vacant(e) = depth.entry(m) {
                e.insert(d + 1);
                parent.insert(m, n);
                queue.push_back(m);
            }
        }
    }
    None
}

/// The most trustworthy path: edges weigh `-ln(confidence)`, so the path found maximises the
/// product of the confidences along it (A* with a zero heuristic, i.e. Dijkstra).
///
/// `confidence` maps an edge to (0, 1]. Returns the path's overall confidence and its nodes,
/// or `None` when `goal` is unreachable. Cost: O((V + E) log V).
pub fn most_confident_path<G, F>(g: G, start: G::NodeId, goal: G::NodeId, mut confidence: F) -> Option<(f64, Vec<G::NodeId>)>
where
    G: IntoEdges + Visitable,
    G::NodeId: Eq + Hash,
    F: FnMut(G::EdgeRef) -> f64,
{
    petgraph::algo::astar(g, start, |n| n == goal, |e| -confidence(e).clamp(1e-6, 1.0).ln(), |_| 0.0)
        .map(|(cost, path)| ((-cost).exp(), path))
}

/// The most trustworthy path of at most `max_hops` edges: the largest product of the
/// confidences along it, fewest hops on a tie.
///
/// A dynamic programme over hop counts (Bellman-Ford bounded by `max_hops`): the best
/// product reaching each node in exactly k hops, for k up to `max_hops`. With confidences in
/// (0, 1] a cycle never raises a product, so the best walk found is a simple path. Returns its
/// confidence and nodes, or `None` when `goal` is not within `max_hops`. Cost:
/// O(max_hops × E) time, O(max_hops × V) memory.
pub fn most_confident_path_within<G, F>(g: G, start: G::NodeId, goal: G::NodeId, max_hops: usize, mut confidence: F) -> Option<(f64, Vec<G::NodeId>)>
where
    G: IntoEdges,
    G::NodeId: Eq + Hash + Copy,
    F: FnMut(G::EdgeRef) -> f64,
{
    if start == goal {
        return Some((1.0, vec![start]));
    }
    // layers[k][v] = (best product in exactly k hops, the node before v on that walk).
    type Layer<N> = HashMap<N, (f64, N)>;
    let mut layers: Vec<Layer<G::NodeId>> = vec![HashMap::from([(start, (1.0, start))])];
    let mut best: Option<(f64, usize)> = None;
    for k in 1..=max_hops {
        let mut next: Layer<G::NodeId> = HashMap::new();
        for (&u, &(c, _)) in &layers[k - 1] {
            for e in g.edges(u) {
                let v = e.target();
                let nc = c * confidence(e).clamp(1e-6, 1.0);
                if next.get(&v).is_none_or(|&(old, _)| nc > old) {
                    next.insert(v, (nc, u));
                }
            }
        }
        if let Some(&(c, _)) = next.get(&goal) {
            if best.is_none_or(|(b, _)| c > b) {
                best = Some((c, k));
            }
        }
        let done = next.is_empty();
        layers.push(next);
        if done {
            break;
        }
    }
    let (conf, hops) = best?;
    let mut path = vec![goal];
    let mut cur = goal;
    for k in (1..=hops).rev() {
        cur = layers[k][&cur].1;
        path.push(cur);
    }
    path.reverse();
    Some((conf, path))
}

/// Every simple path (no node twice) from `start` to `goal` with at most `max_hops` edges,
/// shortest first, at most `limit` of them.
///
/// Cost: exponential in `max_hops` in the worst case (depth-first enumeration), bounded by
/// `limit`; keep `max_hops` small (≤ 6).
pub fn all_simple_paths<G>(g: G, start: G::NodeId, goal: G::NodeId, max_hops: usize, limit: usize) -> Vec<Vec<G::NodeId>>
where
    G: IntoNeighbors,
    G::NodeId: Eq + Hash + Copy,
{
    let mut out = Vec::new();
    let mut path = vec![start];
    let mut on_path: HashSet<G::NodeId> = HashSet::from([start]);
    fn dfs<G>(g: G, goal: G::NodeId, max_hops: usize, limit: usize, path: &mut Vec<G::NodeId>, on_path: &mut HashSet<G::NodeId>, out: &mut Vec<Vec<G::NodeId>>)
    where
        G: IntoNeighbors,
        G::NodeId: Eq + Hash + Copy,
    {
        if out.len() >= limit * 4 {
            return;
        }
        let last = *path.last().unwrap();
        if last == goal {
            out.push(path.clone());
            return;
        }
        if path.len() > max_hops {
            return;
        }
        let mut seen = HashSet::new();
        for n in g.neighbors(last) {
            if on_path.contains(&n) || !seen.insert(n) {
                continue;
            }
            path.push(n);
            on_path.insert(n);
            dfs(g, goal, max_hops, limit, path, on_path, out);
            on_path.remove(&n);
            path.pop();
        }
    }
    dfs(g, goal, max_hops, limit, &mut path, &mut on_path, &mut out);
    out.sort_by_key(Vec::len);
    out.truncate(limit);
    out
}

/// The nodes within `depth` hops of `start`, with their distance, nearest first.
///
/// Cost: O(V + E) time in the visited part of the graph.
pub fn neighborhood<G>(g: G, start: G::NodeId, depth: usize) -> Vec<(G::NodeId, usize)>
where
    G: IntoNeighbors,
    G::NodeId: Eq + Hash + Copy,
{
    let mut seen: HashMap<G::NodeId, usize> = HashMap::from([(start, 0)]);
    let mut order = vec![(start, 0)];
    let mut queue = VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        let d = seen[&n];
        if d >= depth {
            continue;
        }
        for m in g.neighbors(n) {
            if let std::collections::hash_map::Entry::Vacant(e) = seen.entry(m) {
                e.insert(d + 1);
                order.push((m, d + 1));
                queue.push_back(m);
            }
        }
    }
    order
}

/// Edges between consecutive nodes of a path: for each hop, one edge reference joining the
/// two nodes (in either direction).
pub fn path_edges<G>(g: G, path: &[G::NodeId]) -> Vec<Option<G::EdgeRef>>
where
    G: IntoEdges + NodeIndexable,
    G::NodeId: Eq + Copy,
{
    path.windows(2)
        .map(|w| g.edges(w[0]).find(|e| (e.source() == w[0] && e.target() == w[1]) || (e.source() == w[1] && e.target() == w[0])))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::graph::Graph;
    use petgraph::visit::UndirectedAdaptor;

    fn sample() -> (Graph<&'static str, f64>, Vec<petgraph::graph::NodeIndex>) {
        let mut g = Graph::new();
        let n: Vec<_> = ["a", "b", "c", "d", "e"].iter().map(|x| g.add_node(*x)).collect();
        g.add_edge(n[0], n[1], 0.9);
        g.add_edge(n[1], n[2], 0.9);
        g.add_edge(n[0], n[3], 0.2);
        g.add_edge(n[3], n[2], 0.2);
        g.add_edge(n[2], n[4], 0.5);
        (g, n)
    }

    #[test]
    fn paths() {
        let (g, n) = sample();
        let u = UndirectedAdaptor(&g);
        assert_eq!(shortest_path(u, n[4], n[0], 5).map(|p| p.len()), Some(4));
        assert_eq!(shortest_path(u, n[4], n[0], 2), None);
        let (conf, p) = most_confident_path(u, n[0], n[2], |e| *e.weight()).unwrap();
        assert_eq!(p, vec![n[0], n[1], n[2]]);
        assert!((conf - 0.81).abs() < 1e-9);
        assert_eq!(all_simple_paths(u, n[0], n[2], 3, 10).len(), 2);
        let (conf, p) = most_confident_path_within(u, n[0], n[2], 2, |e| *e.weight()).unwrap();
        assert_eq!(p, vec![n[0], n[1], n[2]]);
        assert!((conf - 0.81).abs() < 1e-9);
        assert_eq!(most_confident_path_within(u, n[0], n[2], 1, |e| *e.weight()), None);
        let hood = neighborhood(u, n[0], 1);
        assert_eq!(hood.len(), 3);
    }

    #[test]
    fn the_most_confident_path_keeps_to_the_hop_limit() {
        // a–d directly at 0.3; a–b–c–d at 0.9 each (0.729): the longer one wins only when
        // three hops are allowed.
        let mut g: Graph<&str, f64> = Graph::new();
        let n: Vec<_> = ["a", "b", "c", "d"].iter().map(|x| g.add_node(*x)).collect();
        g.add_edge(n[0], n[3], 0.3);
        g.add_edge(n[0], n[1], 0.9);
        g.add_edge(n[1], n[2], 0.9);
        g.add_edge(n[2], n[3], 0.9);
        let u = UndirectedAdaptor(&g);
        let (c3, p3) = most_confident_path_within(u, n[0], n[3], 3, |e| *e.weight()).unwrap();
        assert_eq!(p3, vec![n[0], n[1], n[2], n[3]]);
        assert!((c3 - 0.729).abs() < 1e-9);
        let (c2, p2) = most_confident_path_within(u, n[0], n[3], 2, |e| *e.weight()).unwrap();
        assert_eq!(p2, vec![n[0], n[3]]);
        assert!((c2 - 0.3).abs() < 1e-9);
        // Unbounded, the same answer as Dijkstra.
        assert_eq!(most_confident_path(u, n[0], n[3], |e| *e.weight()).map(|(_, p)| p), Some(p3));
    }
}
