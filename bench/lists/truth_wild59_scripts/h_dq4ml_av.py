"""Wild59 truth for haihua0913/awesome-dq4ml Data_quality_in_AV.md at 34e8ee5: one page of the paper lists kept
with a survey on data quality for machine learning ("awesome-dq4ml"); this page gathers the references on data
quality in autonomous vehicles, by topic.

Shape: 348 lines, ending in several blank lines.  ``# Autonomous Vehicles (AVs)`` and a line of alternative names
(1-2); then topic headings ``# Datasets`` (4), ``## Dataset Survey`` (48), ``## Synthesized datasets`` (62),
``# Data Fusion`` (76), ``# LLMs in AV`` (121), ``# Quality and Metrics`` (191), ``## Redundancy`` (250), each
followed by entries of four lines:
- ``- [Title](url)`` with two trailing spaces (Markdown line break);
- an indented APA-style line ``  Authors (Year). *Venue, vol*(issue), pages. https://doi.org/...``;
- a blank line;
- an indented one-sentence summary ``  🔹 Introduces ...``;
and two blank lines between entries (several before a heading).

Special cases:
- 36 "[Multiagent Multitraversal Multimodal Self-Driving: Open MARS Dataset]" and 50 "[Deep Multi-Modal Object
  Detection and Semantic Segmentation for Autonomous Driving: Datasets, Methods, and Challenges]" are bracketed
  titles without a link; 51 has no authors (``(2020). *arXiv preprint*.``), 37 no year.
- Some APA lines repeat the DOI of the paper (89, 94, 99, 104); 94's DOI (10.1016/j.inffus.2022.08.011) is of the
  journal version while the link is the arXiv one: both ids are kept as the helper finds them.
- 108 and 307 list the same paper ("Eliminating Cross-Modal Conflicts in BEV Space for LiDAR-Camera 3D Object
  Detection") with different summaries: two entries.
- Titles keep their punctuation (``Drivers’ Driving-Thinking Data`` with a curly apostrophe, 153; ``LidarCLIP or:
  How I Learned to Talk to Point Clouds``, 183; question marks 123, 163).

Decisions:
- Entry = every bullet ``- [`` (62), spanning the bullet, the author line, the blank line and the 🔹 summary line
  (four lines): the summary is the list's note on that paper.
- Title = the text in the square brackets of the bullet.
- The page headings and the alternative-names line are not entries.
- arXiv ids come from arxiv.org/abs links; DOIs from doi.org links or ``https://doi.org/...`` in the APA line
  (lower-cased by the helper); IEEE / ACM / Springer page links without a DOI give none, except the
  ``dl.acm.org/doi/10.1145/...`` and ``link.springer.com/10.1007/...`` addresses, which contain the DOI.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "haihua0913__awesome-dq4ml__Data_quality_in_AV@34e8ee5.md"
PART = "wild59_development"

BULLET = re.compile(r"^- \[(?P<title>.+)\](?:\((?P<url>[^)\s]+)\))?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        last = n + 1
        while not lines[last - 1].lstrip().startswith("🔹"):
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 62, len(papers)
    assert all(p["end"] - p["line"] == 3 for p in papers)
    assert min(by) == 6 and max(by) == 337, (min(by), max(by))
    assert by[6]["title"] == (
        "Zenseact Open Dataset: A Large-Scale and Diverse Multimodal Dataset for Autonomous Driving"
    ), by[6]
    assert by[6]["arxiv"] == "2305.02008", by[6]
    assert by[16]["doi"] == "10.1177/02783649231160195", by[16]
    assert by[36]["title"] == "Multiagent Multitraversal Multimodal Self-Driving: Open MARS Dataset", by[36]
    assert by[36]["arxiv"] is None and by[36]["doi"] is None, by[36]
    assert by[50]["title"].endswith("Datasets, Methods, and Challenges"), by[50]
    assert by[108]["title"] == by[307]["title"], (by[108], by[307])
    assert by[153]["title"].endswith("Based on Human Drivers’ Driving-Thinking Data"), by[153]
    assert by[183]["title"] == "LidarCLIP or: How I Learned to Talk to Point Clouds", by[183]
    assert by[337]["title"].startswith("Learning Modality-Complementary and Eliminating-Redundancy"), by[337]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '- [Title](url)' (or '- [Title]' without a link, 36 and 50) is one entry spanning four"
        " lines: the bullet, the APA author/venue line, a blank line and the '🔹' summary line.  Title = the text in"
        " the square brackets.  A paper listed twice (108, 307) is two entries.  Headings and the alternative-names"
        " line are not entries.",
        checked="Read the whole file; compared the -v output with every bullet (62) and its span, the two bracketed"
        " titles without a link, curly apostrophes and question marks in titles, the duplicate at 108/307, arXiv ids"
        " from arxiv.org links and DOIs from doi.org / dl.acm.org / link.springer.com addresses.",
    )


if __name__ == "__main__":
    main()
