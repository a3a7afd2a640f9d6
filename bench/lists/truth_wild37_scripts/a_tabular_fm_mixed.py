"""Wild37 truth for jxucoder/Awesome-Tabular-Foundation-Models README.md: a personal awesome list of
tabular foundation model (PFN / TabPFN family) resources, newest commit (June 2026).

Shape: prose sections (Introduction, Why ...), a Software & Code bullet list, then ``## Papers`` with
``###`` topics whose records are ``- **Title** (Venue)`` bullets followed by indented lines: an italic
author line (missing on some), a links line (``[Paper](url) | [Code](url)`` or ``[OpenReview](url)``)
and, on most records of the first topics, a ``  > `` description.  The entry spans the bullet through
its last indented line; the title is the bold text.  After the papers: a Benchmarks section (two
tables of tasks/settings, bullet lists), Tutorials, "Key References from Position Paper",
Contributing.  Decisions:
- Software & Code bullets (60-66; TabTune links an arXiv page but is listed as a library) and the
  Tutorials notebook (660): not entries.
- Papers section records: all are entries except Nori (114-117), filed as ``(Open-source release,
  Synthefy, 2026)`` with only Model/Code/Blog links: a model release, not a paper.  KumoRFM
  (301-304, ``(Whitepaper, 2025)``, ``[Blog & Whitepaper]`` link) is kept as a technical report; the
  ``(ICLR 2024 Blogposts Track / arXiv 2025)`` record (514-517) has an arXiv paper and is kept.
  Nicknames written inside the bold title (``(FMSLT)``, ``(CausalFM)``, ``(RTFM)``) are kept as written.
- Benchmark tables (625-638) name tasks and settings: not entries.  Related Benchmarks: ``TabArena``
  (642) names its NeurIPS 2025 paper by an arXiv ``[paper]`` link: an entry with no title (the name is
  the benchmark's nickname); TabZilla, OpenML and Kaggle Competitions (643-645) give no paper: not
  entries.  The eight "From the ICML 2026 FMSD Workshop" bullets (649-656,
  ``- **[Title](openreview url)** - description. *Authors.*``) are papers: entries, title = link text.
- Key References (666-668): each bullet names papers only as author-year links
  (``[Borisov et al. (2022)](arxiv url)``); each link is an entry with no title and its own arXiv id
  (two entries share lines 666 and 667).  The same position paper cited inline in prose (9, 621, 664)
  is running prose: not an entry.
- Ids: arXiv ids from the [Paper] links; OpenReview, NeurIPS proceedings and virtual-poster links
  carry no id.  No DOIs in the file.
120 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import arxiv_of, entry, read_lines, write_truth

NAME = "jxucoder__Awesome-Tabular-Foundation-Models__README@993287c.md"
PART = "wild37_development"

NOT_PAPERS = {114}  # Nori: open-source model release


def main() -> None:
    lines = read_lines(NAME)
    find = {ln.split(" ", 1)[1] if " " in ln else ln: i for i, ln in enumerate(lines, 1) if ln.startswith("#")}
    papers_at, bench_at = find["Papers"], find["Benchmarks & Evaluation"]
    related, tutorials = find["Related Benchmarks"], find["Tutorials & Talks"]
    keyrefs, contributing = find["Key References from Position Paper"], find["Contributing"]
    papers = []
    for i, ln in enumerate(lines, 1):
        if papers_at < i < bench_at and ln.startswith("- "):
            m = re.match(r"^- \*\*([^\[*].*?)\*\* \(", ln)
            assert m, (i, ln)
            e = i
            while e < len(lines) and lines[e].startswith("  "):
                e += 1
            if i not in NOT_PAPERS:
                papers.append(entry(lines, i, e, m.group(1)))
        elif related < i < tutorials and ln.startswith("- "):
            m = re.match(r"^- \*\*\[(.+?)\]\(https://openreview[^)]*\)\*\* - ", ln)
            if m:
                papers.append(entry(lines, i, i, m.group(1)))
            elif ln.startswith("- **[TabArena]"):
                papers.append(entry(lines, i, i, None))
            else:
                assert ln.split("**")[1] in ("TabZilla", "OpenML", "Kaggle Competitions"), (i, ln)
        elif keyrefs < i < contributing and ln.startswith("- "):
            for m in re.finditer(r"\[([^\]]+\(\d{4}\))\]\((https://arxiv\.org/[^)]+)\)", ln):
                p = entry(lines, i, i, None)
                p["arxiv"] = arxiv_of(m.group(2))
                papers.append(p)
    assert len(papers) == 120, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- **Title** (Venue)' record under Papers with its indented author/links/description lines is an entry (title = bold text) except the Nori model release; the eight FMSD-workshop benchmark bullets (title = link text), the TabArena benchmark bullet (its arXiv paper, no title) and each author-year arXiv link of the Key References bullets (no title) are entries; software, tutorial, task/setting tables, benchmarks without a paper and inline prose citations are not.",
                "Whole file read (680 lines): the first and last record of every Papers topic (70-617) and ~25 in between, records without an author line (124, 297, 306, 448) or description, Nori (114) and KumoRFM (301) and the blog-track record (514) decided by eye, the benchmark tables and Related Benchmarks / FMSD bullets (621-656), the Key References links (666-668, five arXiv ids, two per line on 666/667), prose citations (9, 621, 664), and the Software/Tutorials bullets, against the -v output.")


if __name__ == "__main__":
    main()
