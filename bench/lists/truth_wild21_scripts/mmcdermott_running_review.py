"""Wild21 truth for mmcdermott/running_literature_review README: a PhD student's running reading
queue, nested headings (`#` to `######`) by topic, then a 'Tech Stack' queue and an 'Archived
Papers List'.

Shape: task-list bullets `  - [ ] ...` / `  - [X] ...` / `  - [x] ...`, some nested four spaces
under a parent paper (follow-ups of that paper).  A bullet is either `[Link text](url)` or a bare
URL (arXiv abs/pdf, NeurIPS, ACM DL, bioRxiv, Springer, ICML proceedings).  'Meta-list' bullets
(links to other lists, a Medium post, a tweet) and the 'General' label bullet have no checkbox
and are not entries.

Entries: every checkbox bullet (one line each) except two that are blog posts, not papers: the
Google AI blog post on RigL (line 146) and the 'PyTorch Lightning Bolts' Medium post (line 117).
A paper linked to its project page ('Measuring Robustness to Natural Distribution Shifts ...',
imagenet-testbed) is an entry.

Title: the link text as written (several are shortened titles: 'Lottery Ticket Hypothesis',
'Hopfield Networks', 'Gradient Starvation', 'Hierarchical Triplet Loss'; they are kept as the
file writes them).  null for a bare URL (the entry names no title) and for link texts that are
only a model or library name, not a title: 'Graph-BERT', 'UmlsBERT', 'GraphSAINT', 'ID-GNNs',
'PyHealth', 'Neural ODEs', 'Deep Signatures'.  The same paper in two places is two entries.

Count check: `grep -cE '^\\s*- \\[[ xX]\\] '` = 69 checkbox bullets, minus the 2 blog posts = 67;
54 with link text, 15 bare URLs (one of them the blog post on line 146), so 14 + 7 = 21 null titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "mmcdermott__running_literature_review__README@96ce6e1.md"
PART = "wild21_development"
NOT_PAPERS = {117, 146}
NICKNAMES = {"Graph-BERT", "UmlsBERT", "GraphSAINT", "ID-GNNs", "PyHealth", "Neural ODEs", "Deep Signatures"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    linked = bare = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"\s*- \[[ xX]\] (.*)", text)
        if not m:
            continue
        body = m.group(1).strip()
        link = re.match(r"\[([^\]]+)\]\((\S+)\)", body)
        if link:
            linked += 1
        else:
            assert re.match(r"https?://\S+", body), (i, body)
            bare += 1
        if i in NOT_PAPERS:
            continue
        title = link.group(1) if link else None
        if title in NICKNAMES:
            title = None
        papers.append(entry(lines, i, i, title))
    assert (linked, bare) == (54, 15), (linked, bare)
    assert len(papers) == 67, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 14 + 7
    write_truth(NAME, PART, papers,
                "every task-list bullet '- [ ]'/'- [X]' (nested ones too) is an entry except two blog posts;"
                " title = the link text, null for bare-URL bullets and for link texts that are only a model or"
                " library name (Graph-BERT, UmlsBERT, GraphSAINT, ID-GNNs, PyHealth, Neural ODEs, Deep Signatures)",
                "all 69 checkbox bullets read one by one (54 linked, 15 bare URLs); the Meta-list bullets, the"
                " 'General' label, the RigL blog post and the Medium post left out; shortened titles kept as written;"
                " arXiv abs/pdf with versions, ACM DOI links, the bioRxiv DOI")


if __name__ == "__main__":
    main()
