"""Wild47 truth for hist0613/arxivbot summaries/2024-04-16/cs.IR.md: one day's output of a Korean arXiv digest bot,
the cs.IR (information retrieval) new submissions of 2024-04-16, each paper with a Korean LLM-written summary.

Commit: the whole ``summaries/`` tree was deleted from the repository in f41b064 (2026-07-27, "summaries 산출물 폐지"),
so the file is taken at 7d1ff6c (2024-07-29), the last commit that wrote it; that commit rewrote all 219 lines of the
April file (and a hundred others) from LF to CRLF line endings, so the file has CRLF endings throughout (the earlier
dbd5b72 version had none).

Shape: 219 lines, 37 KB, 23 cards and nothing else (no title, no date heading).  Each card:
``### English title (https://arxiv.org/abs/2404.09709)`` (the abs URL in parentheses after the title), an optional
``Comments: Accepted by SIGIR 2024, ...`` line (10 of 23), then one to three Korean bullets ``- **What's New**: ...``,
``- **Technical Details**: ...``, ``- **Performance Highlights**: ...`` separated by blank lines; cards are separated by
three blank lines.  Two cards have only the What's New bullet (34 under a Comments line, 168 right under the
heading).

Special cases:
- Titles carry arXiv's line-break double spaces (``Tailoring User  Behavior``, ``Query Generation  Strategies``;
  the helper's tidy collapses them to one) and the bot's truncation of the first title (``... to the Scenario Contex``); the ``(https://...)`` tail is not title
  text.
- ``Improving Technical "How-to" Query Accuracy ...`` (79) keeps its quotes.
- The last card (211, arXiv 2404.09286) is out of the otherwise descending id order.
- Korean text in the bullets names other systems and benchmarks (SFPNet, SOTA ...), not papers.

Decisions:
- Entry = every ``### `` card (23), spanning the heading to the card's last non-blank line (the Comments line and the
  summary bullets belong to it); title = the heading text before `` (https://arxiv.org/abs/...)``; the arXiv id comes
  from that URL.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "hist0613__arxivbot__summaries__2024-04-16__cs.IR@7d1ff6c.md"
PART = "wild47_development"

CARD = re.compile(r"^### (?P<title>.+) \(https://arxiv\.org/abs/(?P<id>\d{4}\.\d{5})\)$")
BODY = re.compile(r"^(?:Comments: .+|- \*\*(?:What's New|Technical Details|Performance Highlights)\*\*: .+)$")


def main() -> None:
    lines = read_lines(NAME)  # the closing CR of each CRLF line is dropped here
    papers = []
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("### ")]
    for k, n in enumerate(starts):
        m = CARD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        for j in range(n + 1, last + 1):
            assert not lines[j - 1].strip() or BODY.match(lines[j - 1]), (j, lines[j - 1][:80])
        p = entry(lines, n, last, m.group("title"))
        assert p["arxiv"] == m.group("id"), (n, p["arxiv"])
        papers.append(p)
    pre = [ln for ln in lines[: starts[0] - 1] if ln.strip()]
    assert not pre, pre
    t = {p["line"]: p for p in papers}
    assert t[1]["title"].endswith("to the Scenario Contex") and t[1]["arxiv"] == "2404.09709", t[1]
    assert t[79]["title"].startswith('Improving Technical "How-to" Query Accuracy'), t[79]
    assert t[121]["title"] == "Musical Listening Qualia: A Multivariate Approach", t[121]
    assert (t[211]["arxiv"], t[211]["end"]) == ("2404.09286", 216), t[211]
    assert sum(1 for ln in lines if ln.startswith("Comments: ")) == 10
    assert len(papers) == 23 and all(p["arxiv"] for p in papers) and not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### Title (https://arxiv.org/abs/ID)' card is an entry (23), spanning the heading to the card's last"
        " non-blank line (optional 'Comments:' line and the Korean What's New / Technical Details / Performance"
        " Highlights bullets); title = the heading text before ' (https://arxiv.org/abs/...)', kept as written (arXiv"
        " double spaces, the bot's truncated first title); the arXiv id from the heading URL.",
        "Checked every line of the 219: only cards, 'Comments:' lines, the three kinds of Korean bullets and blanks;"
        " CRLF endings on all lines; compared -v titles and ids of all 23 cards with the headings (truncated 'Contex'"
        " at 1, quotes at 79, out-of-order 2404.09286 at 211); no DOIs.",
    )


if __name__ == "__main__":
    main()
