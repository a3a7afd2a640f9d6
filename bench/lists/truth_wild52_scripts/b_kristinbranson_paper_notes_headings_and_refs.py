"""Wild52 truth for kristinbranson/notes BehaviorForecasting.md: a researcher's own paper notes on behaviour /
trajectory forecasting (the repository's README: "just things I wanted to write down mostly for myself"), newest commit
(e511bc7, 2023-02-07).  The same repository's ReadingList.md has only six papers, so this notes file was taken instead.

Shape: 59 lines, 5 KB.  ``# Behavior Forecasting Notes`` (1); a paper-notes heading with the paper's link as heading
text, ``## [GANet: Goal Area Network for Motion Forecasting.](https://arxiv.org/abs/2209.09723)`` (3), followed by
prose and LaTeX display maths (``$$...$$``, 5-32, italic run-in heads ``*Goal prediction*:``); a second note whose
heading is only the nickname, ``## mmTransformer`` (34), with the paper link on its own line
``[Multimodal Motion Prediction with Stacked Transformers](https://arxiv.org/abs/2103.11624)`` (36) and no text
after it; then ``## References`` (40) and a numbered list ``1. [Title](url)`` of 19 papers (41-59), item 1 with a
trailing remark ``. Top performer on Argoverse 2.0 motion forecasting task``.

Special cases:
- GANet (3, 41) and mmTransformer (34-36, 47) appear both as a note and in the references: separate entries.
- The mmTransformer note is one entry spanning its nickname heading and the link line (34-36); its title is the link
  text on 36, the heading nickname is not the title.
- ``Argoverse 2: Next Generation Datasets for Self-Driving Perception and Forecasting`` (42) is a paper describing a
  dataset: an entry.
- Trailing dots inside the link text (3, 41: ``...Motion Forecasting.``) are citation punctuation and go.
- Links: arXiv abs/pdf (most), CVF open access (43), IEEE Xplore (45, 46, 57): no DOI anywhere.

Decisions:
- Entry = each paper-note heading (3; 34-36) and each numbered reference (41-59): 21.  Title = the link text, the
  remark after the link on 41 dropped.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "kristinbranson__notes__BehaviorForecasting@e511bc7.md"
PART = "wild52_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")
REF = re.compile(r"^(?P<num>\d+)\. \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)(?P<after>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Behavior Forecasting Notes"
    refs_at = lines.index("## References") + 1
    assert refs_at == 40
    papers = []
    # the two paper notes before the references
    m = LINK.fullmatch(lines[2].removeprefix("## "))
    assert m, lines[2]
    papers.append(entry(lines, 3, 3, m.group("title")))
    assert lines[33] == "## mmTransformer"
    m = LINK.fullmatch(lines[35])
    assert m, lines[35]
    papers.append(entry(lines, 34, 36, m.group("title")))
    headings = [n for n, ln in enumerate(lines, 1) if ln.startswith("## ")]
    assert headings == [3, 34, 40], headings
    nums = []
    for n, ln in enumerate(lines, 1):
        if n <= refs_at or not ln.strip():
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        nums.append(int(m.group("num")))
        papers.append(entry(lines, n, n, m.group("title")))
    assert nums == list(range(1, 20)), nums
    assert len(papers) == 21, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["arxiv"]) == ("GANet: Goal Area Network for Motion Forecasting", "2209.09723"), t[3]
    assert t[41]["title"] == t[3]["title"], t[41]
    assert (t[34]["end"], t[34]["title"], t[34]["arxiv"]) == (
        36, "Multimodal Motion Prediction with Stacked Transformers", "2103.11624"), t[34]
    assert (t[43]["title"], t[43]["arxiv"]) == ("Social LSTM: Human Trajectory Prediction in Crowded Spaces", None)
    assert t[59]["title"] == "Transformer Networks for Trajectory Forecasting", t[59]
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper-note heading (3 '## [Title](arXiv)'; 34-36 '## mmTransformer' nickname heading + link line) and"
        " each '1. [Title](url)' item of '## References' (41-59, 19) is an entry (21), repeats of GANet/mmTransformer"
        " kept; title = the link text (trailing citation dot dropped, the remark after the link on 41 dropped, the"
        " heading nickname 'mmTransformer' not used); the prose, maths and italic run-in heads are not entries.",
        "Read all 59 lines; compared -v for all 21 entries: 3 and 41 GANet (dot dropped, remark dropped on 41), 34-36"
        " span with the link-line title, the 19 numbered references in order 1-19; ids: arXiv from abs/pdf links (17),"
        " none for CVF 43 and IEEE 45/46/57; no DOIs.",
    )


if __name__ == "__main__":
    main()
