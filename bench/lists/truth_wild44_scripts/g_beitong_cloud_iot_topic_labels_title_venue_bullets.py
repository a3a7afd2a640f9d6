"""Wild44 truth for beitong95/paper-list-cloud-iot README.md: a 2017 reading list of a cloud-systems group
(big-data/stream analytics, cloud IoT, fog/edge computing, mobile cloud, cloud functions/serverless, cloud +
ML, cloud + GPU/FPGA).

Shape: seven setext ``#N Area`` / ``-----`` headings (``#1``-``#7`` with no space after the hash, so they
render as level-2 headings, not ATX); under them topic labels ``<B>`Topic -- note`</B>`` (HTML bold around a
code span, one with a trailing remark at 7) and bullets ``* Title, Venue Year, ([paper](url)), ([slide](url))``.
The title is plain text (never linked); the venue follows the last comma (``, Eurosys 2016``, ``, In HotCloud
2016``, ``, IEEE Computer, 2015``, ``, arXiv``) or a `` -- `` (53); titles may themselves hold commas (26, 49, 75,
82, 130, 142: ``SWAT: A Programmable, In-Memory, Distributed, ...``).  Link groups vary: ``([paper](..))``,
``([Paper](..))``, ``([Slide](..))``, a slide PDF labelled ``paper`` (41), ``([google tech report](..))`` after
the TensorFlow paper (91), and unlinked placeholders ``(paper), (slide)`` for two HotCloud 2017 papers not yet
online (56, 118).  Line 79 is a bullet holding only the PyWren website URL; the label at 84 says the next two
bullets (IEEE Cloud Computing magazine articles) are "not a research paper, but worthwhile to read".

Decisions:
- Entries: every ``* `` bullet naming a work (53), one line each; the website-only bullet 79 is not an entry.
  The two IEEE Cloud Computing magazine articles (85, 86) are kept: they are published, authored articles
  (the list's remark is about their research status, not their kind).  The TensorFlow bullet (91) is one
  entry: it names one title; the second link is an earlier white paper that the record does not name.
  Area headings, topic labels and their remarks are not entries.
- Title: the bullet text before the link groups, without the venue/year part after the last `` , `` or
  `` -- `` whose first character is a letter (so a trailing ``, 2015`` year stays with the venue and titles
  with inner commas stay whole); kept as written (``Where's The Bear?- ...``, ``for the 99%``).
- Ids: arXiv links on 49 and 78; no DOI (ACM ``citation.cfm?id=`` and IEEE ``document/`` URLs hold none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "beitong95__paper-list-cloud-iot__README@0a43b8d.md"
PART = "wild44_development"

BULLET = re.compile(r"^\* (?P<body>.+?)\s*$")
LINKS = re.compile(r"(?:,?\s*\((?:\[[^\]]*\]\([^)]*\)|paper|slide)\))+\s*$")
VENUE = re.compile(r"^(?P<t>.+)(?:,| --) (?P<v>[A-Za-z][^,]*?)(?:, \d{4})?\.?$")
SITE_ONLY = {79}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        if n in SITE_ONLY:
            assert ln == "* [http://pywren.io/](http://pywren.io/)", ln
            continue
        body = LINKS.sub("", m.group("body"))
        assert body != m.group("body"), (n, ln)
        v = VENUE.match(body)
        assert v, (n, body)
        papers.append(entry(lines, n, n, v.group("t")))
    assert len(papers) == 53, len(papers)
    assert [p["line"] for p in papers if p["arxiv"]] == [49, 78]
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Title, Venue Year, ([paper](url)), ([slide](url))' bullet under the '<B>`topic`</B>' labels is"
        " an entry on its line (53); title = the text before the link groups and before the last ', Venue' or"
        " ' -- Venue' part starting with a letter; the PyWren website bullet is not an entry; the unlinked"
        " '(paper), (slide)' bullets, the IEEE Cloud Computing magazine articles and the TensorFlow bullet"
        " (one title, extra white-paper link) are one entry each.",
        "Whole file read (142 lines): all 54 bullets classified, -v output compared for every entry; titles with"
        " inner commas (26, 49, 75, 82, 130, 142), venue forms ', IEEE Computer, 2015' (25, 51), ', In HotCloud 2016'"
        " (72), ', In Eurosys 2016.' (82), ' -- IEEE Transactions ...' (53), ', arXiv' (49); unlinked placeholders"
        " 56 and 118; 'Where's The Bear?-' (32) and '99%' (78) kept; the website-only bullet 79 excluded"
        " (asserted); first/last bullet of each area (5/18, 23/42, 48/56, 61/67, 72/86, 91/112, 118/142);"
        " arXiv ids 49 and 78 only, no DOI (asserted); count 53 asserted.",
    )


if __name__ == "__main__":
    main()
