"""Wild56 truth for seolhokim/seolhokim.github.io _posts/2019-09-03-reinforcement-learning-paper-ready.md: a Korean
Jekyll blog post "reinforcement learning 졸업 논문을 위한 인용논문 구성" (papers to cite in an RL graduation thesis), a
raw working note of paper titles.  The post was deleted in a604479 (2021-04-07); this is the newest version where it
exists, 51c13d0 (2019-12-05).

Shape: 55 lines, 2 KB.  YAML front matter (1-7), ``# 학습 관련 팁`` ("study tips", 10) with two bare URLs (12: a
GitHub wiki page, 15: a Springer PDF link ``https://link.springer.com/content/pdf/10.1023/A:1007518724497.pdf``), then
three blocks separated by ``=====`` rules, each opened by a Korean caption line: ``출력한 논문`` ("printed papers",
18) followed by nine bare title lines (19-36, blank lines between, two blanks before 30); ``이건 물류할때 인용논문쓸것``
("cite these for the logistics work", 40) with two title lines with no blank between (41-42, the second in capitals);
``새로 출력해야하는 논문`` ("papers still to print", 46) with a bare NIPS PDF URL (48) and three title lines (50-55, the
last with a trailing space).  No markup, no authors, no years.

Special cases:
- Title lines are plain text: no bullets, links or emphasis; the Korean caption lines and ``=====`` rules are not
  entries.  21 keeps the file's typo ``Attention thatWorks``; 42 is all capitals and is kept as written.
- 48 names a paper only by its URL (``7602-actor-critic-policy-optimization-in-partially-observable-multiagent-
  environments.pdf``): an entry with title None.  15 (a Springer PDF of a Machine Learning journal article, DOI
  10.1023/A:1007518724497 in the URL) is likewise a paper named only by its URL: an entry with title None.  12 is a
  wiki page about how to study RL, not a paper.

Decisions:
- Entry = each bare title line (19, 21, 23, 25, 27, 30, 32, 34, 36, 41, 42, 50, 52, 55) and each bare paper-PDF URL
  line (15, 48): 16 entries, one line each.
- Title = the line text stripped; None for the two URL-only entries (15's DOI comes from its URL).
"""
from _wild56 import entry, read_lines, write_truth

NAME = "seolhokim__seolhokim.github.io___posts__2019-09-03-reinforcement-learning-paper-ready@51c13d0.md"
PART = "wild56_development"

CAPTIONS = {"출력한 논문", "이건 물류할때 인용논문쓸것", "새로 출력해야하는 논문"}
PAPER_URLS = ("https://link.springer.com/content/pdf/", "https://papers.nips.cc/paper/")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[9] == "# 학습 관련 팁", lines[9]
    papers = []
    for n, ln in enumerate(lines, 1):
        text = ln.strip()
        if n <= 10 or not text or text.startswith("=") or text in CAPTIONS:
            continue
        if text.startswith("http"):
            if text.startswith(PAPER_URLS):
                papers.append(entry(lines, n, n, None))
            continue
        papers.append(entry(lines, n, n, text))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [15, 19, 21, 23, 25, 27, 30, 32, 34, 36, 41, 42, 48, 50, 52, 55], sorted(by)
    assert by[15]["title"] is None and by[48]["title"] is None
    assert by[19]["title"] == "Curiosity-driven Exploration by Self-supervised Prediction", by[19]
    assert by[21]["title"] == "Reinforcement Learning with Attention thatWorks: A Self-Supervised Approach", by[21]
    assert by[42]["title"] == "DESIGNING NEURAL NETWORK ARCHITECTURES USING REINFORCEMENT LEARNING", by[42]
    assert by[55]["title"] == "A Comprehensive Survey on Safe Reinforcement Learning", by[55]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bare paper-title line under the three Korean captions (출력한 논문 / 이건 물류할때 인용논문쓸것 /"
        " 새로 출력해야하는 논문) is an entry (title = the line, stripped), and each bare URL to a paper PDF (15"
        " Springer, 48 NIPS) is an entry with title None.  The front matter, the heading, the wiki link at 12, the"
        " Korean caption lines and the ===== rules are not entries.",
        checked="Read the whole 55-line file against the -v output: all 14 title lines (typo 'thatWorks' and the"
        " capitalised 42 kept as written, trailing space at 55 stripped), the two URL-only entries with no title,"
        " and that the wiki link, captions and rules are left out.",
    )


if __name__ == "__main__":
    main()
