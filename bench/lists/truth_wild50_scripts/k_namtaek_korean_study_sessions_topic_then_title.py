"""Wild50 truth for Namtaek/PaperStudy21 README.md: the reading list of a Korean student paper-study group (P-Sat,
Sungkyunkwan University statistics society, spring 2021), newest commit (a1395be, 2021-03-12).

Shape: 70 lines, 2.5 KB, written in Korean, no paper links at all.  Intro paragraph (4, one link to a Notion paper
list, not an entry), ``### 인원`` member list (12), ``### 방식`` schedule (16-17), then ``### 논문 목록`` (21): seven
sessions, each ``N) N회차 (M월 D일)`` (23, 30, 37, 44, 51, 58, 65) followed by two two-line items: a bullet
``- TOPIC : 3 member names`` (the topic is a method nickname: ``SVM``, ``GLOVE``, ``EM Algorithm``,
``Attention(Transformer)``, ``SVR/KFDA/KPCA``, ``Boosting(Ada)``) and under it a nested bullet with the paper title,
some with a venue in parentheses (``(EMNLP)`` 28, ``(IEEE SPM)`` 33, ``(IEEE)`` 61, ``(NIPS)`` 63).

Special cases:
- Topic and title can coincide (41-42 ``Isolation Forest`` / ``Isolation Forest``).
- Titles are written loosely (``Glove: Global vectors ...`` 28, ``Variational Inference : a Review for Statistician``
  49, ``A Tutorial on Support Vector Machine for Pattern Recognition`` 26); kept as written.
- 14 papers: a little under the ~15 aimed at, kept for its shape.

Decisions:
- Entry = one topic bullet plus its nested title bullet (two lines); title = the nested bullet's text, a trailing
  venue parenthesis dropped; the topic nickname and member names are not title text.
- Not entries: headings, session lines, the member and schedule bullets, the Notion link.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "Namtaek__PaperStudy21__README@a1395be.md"
PART = "wild50_development"

SESSION = re.compile(r"^\d\) \d회차 \(\d+월 \d+일\)$")
TOPIC = re.compile(r"^- (?P<topic>[^:]+?) : (?P<names>[가-힣]{3}(?:, [가-힣]{3}){2})$")
TITLE = re.compile(r"^  - (?P<title>.+?)(?: \((?P<venue>EMNLP|IEEE SPM|IEEE|NIPS)\))?$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### 논문 목록") + 1
    papers = []
    sessions = 0
    for n in range(start + 1, len(lines) + 1):
        ln = lines[n - 1]
        if SESSION.match(ln):
            sessions += 1
            continue
        m = TOPIC.match(ln)
        if m:
            t = TITLE.match(lines[n])
            assert t, (n + 1, lines[n])
            papers.append(entry(lines, n, n + 1, t.group("title")))
            continue
        assert not ln.strip() or TITLE.match(ln), (n, ln)
    assert sessions == 7, sessions
    t = {p["line"]: p for p in papers}
    assert t[27]["title"] == "Glove: Global vectors for word representation", t[27]
    assert t[32]["title"] == "The expectation-maximization algorithm", t[32]
    assert t[41]["title"] == "Isolation Forest", t[41]
    assert t[48]["title"] == "Variational Inference : a Review for Statistician", t[48]
    assert t[60]["title"] == "An Introduction to Kernel-based Learning Algorithms", t[60]
    assert (t[69]["title"], t[69]["end"]) == ("A short introduction to boosting", 70), t[69]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = each '- TOPIC : three names' bullet with its nested '  - title' bullet under the 7 session lines"
        " (14 entries, two lines each); title = the nested bullet text with a trailing venue '(EMNLP)'/'(IEEE SPM)'/"
        "'(IEEE)'/'(NIPS)' dropped; topic nicknames, member names, headings, session lines and the Notion link are"
        " not entries or title text; no paper links, so no ids.",
        "Read all 70 lines; compared -v for all 14 entries against the file: venue parentheses dropped on 28/33/61/63,"
        " topic = title on 41-42, loose titles kept as written (26, 28, 49).",
    )


if __name__ == "__main__":
    main()
