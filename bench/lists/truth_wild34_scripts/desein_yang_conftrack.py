"""Wild34 truth for Desein-Yang/awesome-graph-structure-learning 2021-ConfTrack.md: the conference-tracking
page of an awesome list on graph structure learning (causal discovery, Bayesian-network structure,
causal inference papers from NeurIPS 2020, ICML, IJCAI, AAAI).

Shape: four `##` sections of numbered items, each section written differently.
- NIPS (lines 7-37): `N.  [Title](proceedings.neurips.cc url) *Authors*`; title = link text.
- ICML (41-45): `N.  Authors, [Title](url)` with authors first (some with affiliation digits,
  `Wang 1 Xi-Zhu Wu 1`, some `Last, First ;`); title = link text (line 42 writes a dot inside the link,
  dropped as the citation separator).  Lines 42 and 43 both link arXiv 1801.10579 (43's link is wrong,
  but that is what the file writes).
- IJCAI (49-56): `N.  **Title**Authors*` with broken emphasis (the authors' opening `*` is missing or
  glued to the closing `**`); items 5 and 6 put the italic authors on a continuation line (53-54,
  55-56), so those entries span two lines.  Title = the bold text.
- AAAI (60-72): `N.  Title First Author (Affiliation)*; ...` with no separator at all between the title
  and the first author's name; the title ends where the first author's name starts (the split is
  written below per line).  Items 6 and 9 (lines 65, 68) begin with a stray `: ` (a lost method
  nickname), and 65 has a `,` after the title; neither is part of the title.
All 55 items are papers; no links except NIPS and ICML.  The file has no final newline.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "Desein-Yang__awesome-graph-structure-learning__2021-ConfTrack@308e725.md"
PART = "wild34_development"

# AAAI items: where the first author's name begins (the title is everything before it)
AAAI_FIRST_AUTHOR = {
    60: "Xingyu Wu", 61: "Jalal Etesami", 62: "Marcel Wien", 63: "Zekun Yang", 64: "Chi Zhang",
    65: "Johan Pensar", 66: "Prashan Madumal", 67: "Anish Dhir", 68: "Yonghan Jung", 69: "Biwei Huang",
    70: "Mark Edmonds", 71: "Juan Correa", 72: "Duligur Ibeling",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for i, ln in enumerate(lines, start=1):
        if ln.startswith("## "):
            section = ln[3:]
            continue
        m = re.match(r"^\d+\.\s+(.*)$", ln)
        if not m:
            continue
        body = m.group(1)
        last = i
        if section in ("NIPS", "ICML"):
            title = re.search(r"\[(.+?)\]\(", body).group(1)
        elif section == "IJCAI":
            title = re.match(r"\*\*(.+?)\*\*", body).group(1)
            if i < len(lines) and lines[i].startswith("    *"):
                last = i + 1
        elif section == "AAAI":
            author = AAAI_FIRST_AUTHOR[i]
            title = body[: body.index(author)].strip()
            title = title.removeprefix(": ").strip()
        else:
            raise AssertionError(section)
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 55, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item is one paper; title = link text (NIPS, ICML), the bold text (IJCAI), or the text before the first author's name (AAAI, split by hand per line, stray leading ': ' dropped).",
                "Every one of the 55 entries checked by eye against the file, in particular the AAAI title/author splits, the IJCAI two-line items 5-6, and the ICML authors-first items.")


if __name__ == "__main__":
    main()
