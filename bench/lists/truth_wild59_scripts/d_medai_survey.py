"""Wild59 truth for Shipeng-Wang/MedicalAIPaperList Survey.md at b95382e (2019-12): a PhD student's annotated
reading list of medical-AI papers ("Medical Survey"), written in English citations with Chinese notes.

Shape: 108 lines.  Title (1), ``***`` rules (2, 90, 104), ``##``/``###``/``####`` section headings in English and
Chinese ("Medical Classification", "1. REVIEW and SURVEY 综述类", "消化疾病", "CS Classification", "Research Group").
Each paper is a paragraph that starts with a per-section number ``[n]`` followed by an MLA-like citation
``[n] Surname, Given, et al. **Title.** Venue vol.issue (year): pages. [[PDF]](url)`` and continues, without blank
lines, with a local path line ``本地路径：F:\\...`` and/or a ``**主要内容**：`` ("main content") label and one or more
Chinese summary lines.  The numbering restarts in every (sub)section.

Special cases:
- 27 / 73 / 93 / 97 close the bold before the period (``**...Propagation**.``); the others put the period inside
  the bold.  Titles are taken without the trailing period either way.
- 34-35: the summary label is present but the summary is empty.
- 22 and 34 carry ``arXiv:1909.06886`` / ``arXiv:1802.05695`` in the venue and an arxiv.org/pdf link.
- The "CS Classification" part (91-101) lists again papers already given above (EHR Coding at 27, 93 and 97;
  CAMP at 39 and 100): each listing is its own entry.
- 107-108 under "Research Group" is ``[1] fudan university+ university of illinois at chicago`` and an author
  line: an affiliation note, not a paper.

Decisions:
- Entry = a paragraph whose first line starts with ``[n] `` and contains a bold title, spanning that line to the
  last non-blank line before the next blank line (so the local path and the Chinese summary belong to it):
  17 entries.  Title = the text inside the first ``**...**`` pair, stripped of a trailing period.
- The Research Group item (107) has no bold title and names no paper: not an entry.
- The ACM PDF links (27, 45, 54, 59, 93, 97) are ``http://delivery.acm.org/10.1145/3360000/3357897/p649-xie.pdf?...``
  download paths: the ``10.1145/3360000/...`` part is a folder name, not the paper's DOI, so the DOI the helper reads
  from them is set back to None by hand.  No entry writes a real DOI.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "Shipeng-Wang__MedicalAIPaperList__Survey@b95382e.md"
PART = "wild59_development"

START = re.compile(r"^\[\d+\] .*?\*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = START.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        title = m.group("title").strip().rstrip(".").strip()
        p = entry(lines, n, last, title)
        if p["doi"] and "delivery.acm.org/" + p["doi"] in "".join(lines[n - 1 : last]):
            p["doi"] = None  # an ACM download path, not a DOI (see docstring)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == [5, 10, 15, 22, 27, 34, 39, 45, 49, 54, 59, 66, 73, 80, 93, 97, 100], sorted(by)
    assert by[5]["title"] == (
        "Deep EHR: a survey of recent advances in deep learning techniques for electronic health record (EHR) analysis"
    ), by[5]
    assert by[5]["end"] == 8, by[5]
    assert by[22]["arxiv"] == "1909.06886", by[22]
    assert by[27]["title"] == "EHR Coding with Multi-scale Feature Attention and Structured Knowledge Graph Propagation"
    assert by[34]["end"] == 35 and by[34]["arxiv"] == "1802.05695", by[34]
    assert by[73]["title"] == (
        "Real-time artificial intelligence for detection of upper gastrointestinal cancer by endoscopy: a multicentre,"
        " case-control, diagnostic study"
    ), by[73]
    assert by[80]["end"] == 86, by[80]
    assert by[100]["title"] == "Camp: Co-attention memory networks for diagnosis prediction in healthcare", by[100]
    assert not any(n > 101 for n in by)
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph that starts with '[n] ' and has a bold title is one entry, spanning from that line to"
        " the last non-blank line before the next blank line (local path line and Chinese summary included); numbering"
        " restarts per section and papers repeated under 'CS Classification' are entries again.  Title = text inside"
        " the first **...** pair without its trailing period.  The 'Research Group' item (107-108, an affiliation) is"
        " not an entry.",
        checked="Read the whole file; compared the -v output with all 17 [n] paragraphs (titles, spans incl. the empty"
        " summary at 34-35 and the multi-line summaries at 66-71 and 80-86), the bold-before-period variants (27, 73,"
        " 93, 97), arXiv ids at 22 and 34, that the ACM download paths give no DOI, and that 107 is left out.",
    )


if __name__ == "__main__":
    main()
