"""Wild44 truth for AcademicDissect/AcademicDissect detailed_paper_collection/Knowledge_Distillation.md: one topic
page of a small repository that sorts CVPR 2025 papers into topics (here knowledge distillation and model
compression, including dataset distillation, unlearning, model merging); newest commit (54f9d2b, 2025-03-31).

Shape: 140 lines, no links to papers at all.  Line 1 ``# **Knowledge Distillation - Full Paper Collection**``;
then every record is a level-2 heading holding only the paper title (``## Title``), followed by one bullet
``- **Tags:** topic, topic, ...``; five records add a second bullet ``- **Link:** [Link](url)`` and a blank line
(5-8, 51-54, 55-58, 67-70, 115-118); the other records follow each other with no blank line.  The Link bullets hold
code or placeholder URLs only (``https://github.com/`` on 7, ``https://github.com/xxx/yyy`` on 69, two GitHub
repositories, an anonymous.4open.science repository).  Titles use curly apostrophes (5, 89), a question mark (13),
colons, a nickname prefix (``MoVE-KD:``, ``DKDM:``).  The file ends in a newline after the last Tags line.

Decisions:
- Entry = each ``## `` heading (64) from the heading through its Tags bullet, or its Link bullet when there is one;
  title = the heading text as written.
- The Link bullets are code/placeholder links, so no record has an arXiv id or DOI.
- Not entries: the page title (1); there is nothing else.
"""
from _wild44 import entry, read_lines, write_truth

NAME = "AcademicDissect__AcademicDissect__detailed_paper_collection__Knowledge_Distillation@54f9d2b.md"
PART = "wild44_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# **Knowledge Distillation - Full Paper Collection**"
    papers = []
    with_link = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("## "):
            assert ln == "" or ln.startswith(("- **Tags:** ", "- **Link:** [Link](", "# ")), (n, ln)
            continue
        assert lines[n].startswith("- **Tags:** "), n
        last = n + 1
        if last < len(lines) and lines[last].startswith("- **Link:** "):
            last += 1
            with_link.append(n)
        papers.append(entry(lines, n, last, ln[3:].strip()))
    assert with_link == [5, 51, 55, 67, 115], with_link
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    t = {p["line"]: p["title"] for p in papers}
    assert t[5].startswith("SDGOCC: Semantic and Depth-Guided Bird’s-Eye View"), t[5]
    assert t[13] == "What Makes a Good Dataset for Knowledge Distillation?", t[13]
    assert t[139] == "Active Data Curation Effectively Distills Large-Scale Multimodal Models", t[139]
    assert len(papers) == 64, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## Title' heading is an entry (64), spanning the heading and its '- **Tags:**' bullet plus the"
        " '- **Link:**' bullet where present (5 records); title = the heading text; no ids (the only links are"
        " code/placeholder repositories).",
        "Read the whole 140-line file; compared all 64 -v lines with the headings: first/last (3, 139), the five"
        " records with a Link bullet (5-7, 51-53, 55-57, 67-69, 115-117) and their placeholder URLs, curly"
        " apostrophes 5/89, the question mark kept on 13, nickname-prefixed titles (9, 31, 35), the final record"
        " ending at end of file; confirmed no line other than the page title, headings, Tags/Link bullets and blanks.",
    )


if __name__ == "__main__":
    main()
