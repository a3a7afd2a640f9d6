"""Wild40 truth for ContinualAI/website-wiki reading_group.md: the ContinualAI Reading Group page (weekly
one-hour discussions of one continual-learning paper, with MILA), listing the previous sessions from May 2020
to June 2021.

Shape: front matter (1-4), an intro paragraph with the MILA and Slack links (6), ``Here is the list of the
previous RG sessions:`` (8), then 42 bullets (10-51), newest first, each one Markdown link whose text is an
escaped date in brackets and the paper's title in quotes: ``- [\\[June 11th 2021\\] "Title"](url)``.  The link
goes to the session's recording on YouTube (``youtube.com/watch?v=...``, ``youtu.be/...``, with ``&ab_channel``
or ``&list`` queries), once to a ContinualAI Discourse thread (35); none goes to the paper, so no arXiv id or DOI
is given.  Special cases: straight quotes, curly quotes (``“...”`` 12, 21, 34, 36, 38, 45-49) and a curly
opening with a straight closing quote (16); two spaces after the date (15, 16); misspelt months kept in the
dates (``Fabruary`` 22-24, ``Sptember`` 38-40) and odd ordinals (``22th``, ``16nd``); the same video link on two
sessions (30, 31); a nickname written into a title (``Online Fast Adaptation and Knowledge Accumulation
(OSAKA): a New Approach ...`` 40).

Decisions:
- Each session bullet is one entry: each names the one paper discussed (all are continual-learning papers or
  preprints of 2019-2021, among them the papers behind the Continuum and Sequoia libraries, 18 and 23), span =
  its line.
- Title = the quoted text inside the link, quotes and date removed.
- Ids: none (the links are recordings and a forum thread).
- Not entries: the intro's MILA and Slack links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "ContinualAI__website-wiki__reading_group@c12d955.md"
PART = "wild40_development"

SESSION = re.compile(r'^- \[\\\[([^\]\\]+)\\\]\s+[“"](.+?)[”"]\]\((https?://[^)\s]+)\)\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = SESSION.match(ln)
        assert m, (n, ln)
        _date, title, url = m.groups()
        assert re.search(r"(?:youtube\.com/watch|youtu\.be/|continualai\.discourse\.group)", url), n
        papers.append(entry(lines, n, n, title))
    assert [p["line"] for p in papers] == list(range(10, 52))
    t = {p["line"]: p["title"] for p in papers}
    assert t[10] == "ACAE-REMIND for Online Continual Learning with Compressed Feature Replay", t[10]
    assert t[16] == "Towards Continual, Online, Unsupervised Depth" and t[42] == "Supermasks in Superposition", t
    assert t[24] == "Does Continual Learning = Catastrophic Forgetting?", t[24]
    assert t[40].startswith("Online Fast Adaptation and Knowledge Accumulation (OSAKA):"), t[40]
    assert t[51] == "Pseudo Rehearsal Using non Photo-Realistic Images", t[51]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 42 session bullets (a link whose text is '\\[date\\] \"Title\"', pointing to the session's"
        " recording or forum thread) is one entry for the paper discussed; title = the quoted text, quotes and"
        " date removed; no ids (no link goes to a paper); the intro's MILA and Slack links are not entries.",
        "Whole file read (54 lines): all 42 bullets (10-51) compared with the -v output, including the curly"
        " quotes (12, 21, 34, 36, 38, 45-49), the mixed curly/straight pair (16), the double space after the date"
        " (15, 16), the misspelt months (22-24, 38-40), the Discourse link (35), the repeated video link (30, 31),"
        " the question-mark title (24) and the OSAKA title (40).",
    )


if __name__ == "__main__":
    main()
