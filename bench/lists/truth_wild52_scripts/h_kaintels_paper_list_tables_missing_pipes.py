"""Wild52 truth for Kaintels/paper-list README.md: a Korean student's (Seungwoo Han) personal paper-review list of
machine learning, biomedical signal (ECG/PPG/EEG) and wireless-communication papers, kept as one small pipe table per
topic heading; newest commit (e931165, 2020-12-06).

Shape: 144 lines, 8 KB.  ``# Paper list`` (1), a Korean to-do checkbox (5), a bullet table of contents (8-41, anchors
only, not entries), ``***`` rules, then ``##`` field headings and ``###`` topic headings.  Each filled topic has the
same four-column table ``|Title|Link|Review|Code|`` with alignment row ``|:---|---|:---:|:---:|`` and data rows whose
Title cell is plain text (no link) and whose Link cell is ``[:arrow_right:](url)``; Review/Code are ``-`` or another
``[:arrow_right:](url)`` (review slides, notebooks, GitHub code).  Tables: Advanced Methods 52-53 (2), Generative model
60-64 (5), RL / Optimization / GA 69-75 (7), Feature selection 80-81 (2), Pre-Processing 90 (1), Heart Signals 95-106
(12), EEG / SSVEP 111-113 (3), Modulation 134-135 (2), Traffic Flow 140 (1).  Empty topic headings (Graph Neural
Network 55, EMG..CT/MRI 115-125, Image Classification 142) hold nothing.

Special cases:
- 90 has no leading pipe (``Adaptive threshold method ...|[:arrow_right:](...)|-|-|``) and 95 starts with two spaces
  and no pipe and ends ``|-|-| `` with a trailing space; both are still table rows (GFM renders them).
- 134 lacks the closing pipe after its Code link.
- 96, 97, 111 wrap the URL in angle brackets ``(<https://...>)``.
- 72 and 80 are the same paper (``Classification with Costly Features using Deep Reinforcement Learning``) in two
  tables with different links (PDF on the author's site, AAAI OJS): two entries.
- 53's arXiv link is the odd ``arxiv.org/abs/1905.03677.pdf``; 69 is the old-style ``cs/9605103``.

Decisions:
- Entry = every data row of the nine tables (one line each); title = the Title cell as written.
- Not entries: the TOC bullets, headings, header/alignment rows, the to-do line, contributor badges.
- Ids from the row: arXiv links; DOIs from Springer (``10.1007%2Fs11235...`` decoded), PLOS ``?id=10.1371/...``,
  IOP ``/article/10.1088/.../pdf``; none from ScienceDirect pii, PubMed, IEEE Xplore, NeurIPS, AAAI OJS links.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "Kaintels__paper-list__README@e931165.md"
PART = "wild52_development"

HEAD = "|Title|Link|Review|Code|"
ALIGN = "|:---|---|:---:|:---:|"
ROW = re.compile(r"^\s*\|?(?P<title>[^|\[]+?)\s*\|\[:arrow_right:\]\((?P<url><?https?://[^)\s]+>?)\)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper list"
    papers = []
    counts: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln == HEAD:
            inside = True
            counts.append(0)
            continue
        if ln == ALIGN:
            assert inside, n
            continue
        if not ln.strip():
            inside = False
            continue
        if not inside:
            assert "arrow_right" not in ln, (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip()
        papers.append(entry(lines, n, n, title))
        counts[-1] += 1
    assert counts == [2, 5, 7, 2, 1, 12, 3, 2, 1], counts
    t = {p["line"]: p for p in papers}
    assert (t[53]["title"], t[53]["arxiv"]) == ("Learning Loss for Active Learning", "1905.03677"), t[53]
    assert t[69]["arxiv"] == "cs/9605103", t[69]
    assert t[70]["doi"] == "10.1007/s11235-010-9286-2", t[70]
    assert t[72]["title"] == t[80]["title"] == "Classification with Costly Features using Deep Reinforcement Learning"
    assert t[81]["doi"] == "10.1007/978-3-030-20518-8_65", t[81]
    assert t[90]["title"] == "Adaptive threshold method for the peak detection of photoplethysmographic waveform"
    assert t[95]["title"] == "Cuffless Blood Pressure Estimation Algorithms for Continuous Health-Care Monitoring"
    assert t[111]["doi"] == "10.1371/journal.pone.0077536", t[111]
    assert t[113]["doi"] == "10.1088/1741-2560/12/2/026012", t[113]
    assert t[134]["title"].startswith("End-to-End Learning From Spectrum Data: A Deep Learning"), t[134]
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the nine '|Title|Link|Review|Code|' tables under the topic headings is an entry (35), rows"
        " without a leading pipe (90, 95) or closing pipe (134) included; title = the plain-text Title cell as"
        " written; the repeated 'Classification with Costly Features' (72, 80) counts twice; TOC bullets, headings,"
        " header/alignment rows and the to-do line are not entries.",
        "Read all 144 lines; compared -v for all 35 rows: the pipe-less rows 90/95, the open row 134, angle-bracket"
        " URLs 96/97/111, the repeat 72/80; ids: arXiv 52-53, 60-64, 69, 71, 74-75, 102 (abs/.pdf 53, cs/9605103 69),"
        " DOIs Springer 70/81, PLOS 111, IOP 113; none from ScienceDirect, PubMed, IEEE, NeurIPS, OJS, jaromiru links.",
    )


if __name__ == "__main__":
    main()
