"""Wild45 truth for FelixMcFelix/thesis to-read.md (newest commit a15d2bd, 2022-10-04; the file was last changed
2021-11-04, "Wow that sure is a lot of ML security, huh?"): the to-read file a networking PhD student kept next to
the LaTeX of his thesis (data-driven networking, programmable data planes, ML security), sorting conference papers
he meant to read (or cite) by thesis theme and venue.

Shape (433 lines, LF, final newline): ten ``# theme`` headings ("ddn use-cases", "distributed dnn
training", "pdp stuff of importance", "maybe useful for trusded?", "`CCAs still researched'`", "Big SDN is where
we're at", "Poisoning defences?", "evasion/adversarial examples", "ddn security", "MISC"), each with ``## venue 'yy``
headings ("nsdi '21", "sigcomm netai woirkshop '20", "ieee s&p '19", "usenix security '21", ...).  Records are
column-0 bullets in two forms:
- ``* URL -- Title`` (USENIX presentation pages, ACM DL ``doi/10.1145/...`` pages, IEEE Xplore document pages,
  ``doi.org`` links, arXiv abs links, one CVF open-access page 364), most followed by the author's notes as
  sub-bullets indented one space, ``" - ..."`` or, in the security part, ``" * ..."`` (368-430);
- ``* Title`` with no link (the INFOCOM '21 papers 39-51, 113-116, 190-197, 286, 346-355), often with a trailing
  space.
Special cases: 172 is ``* https://dl.acm.org/doi/pdf/10.1145/3387514.3405870 --`` with no title (only the link and
three note lines); 241 ends ``-- `` and the title "HyperTester: high-performance network testing driven by
programmable switches" is on line 242; 408's title ends with a full stop; 391's arXiv link ends with ``#``.  Many
papers are listed under two themes (Switch Code Generation 158/269, Gallium 170/276, HPCC 200/327, iPipe 202/290,
Flightplan 154/265, Job scheduling for large-scale ML clusters 89/128, MPCC 91/335, Classic Meets Modern 21/323,
Lyra, muP4, the modular compiler).  Line 433 under "# MISC" is a prose remark ("Infocom 21 has some federated
learning resources to discuss, maybe."), not a record.

Decisions:
- Entry = each column-0 ``* `` bullet (all name conference papers), spanning its one-space-indented note lines
  (and, for 241, the title line 242); repeated papers are separate entries (the held-out convention).  Headings,
  note sub-bullets and the MISC remark are not entries.
- Title = the text after `` -- `` (or the whole bullet text when there is no link), trailing space removed and a
  final full stop dropped (408); 241 takes its title from 242; 172 has no title (None).
- Ids from the entry's lines: DOIs from ACM DL ``/doi/`` and ``/doi/pdf/`` URLs and ``doi.org`` links, arXiv ids
  from arXiv abs links; USENIX, IEEE Xplore and CVF pages give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "FelixMcFelix__thesis__to-read@a15d2bd.md"
PART = "wild45_development"

LINKED = re.compile(r"^\* (?P<url>https?://\S+) --(?: (?P<title>.*))?$")
PLAIN = re.compile(r"^\* (?P<title>[^h].*)$")
NOTE = re.compile(r"^ [-*] ")
TITLE_NEXT_LINE = {241: 242}
NO_TITLE = {172}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        n += 1
        text = lines[n - 1]
        if not text.startswith("* "):
            assert (
                not text.strip() or text.startswith("#") or NOTE.match(text) or n in (242, 433)
            ), (n, text)
            continue
        m = LINKED.match(text.rstrip()) or LINKED.match(text)
        if m:
            title = (m.group("title") or "").strip()
        else:
            m = PLAIN.match(text)
            assert m, (n, text)
            title = m.group("title").strip()
        last = n
        if n in TITLE_NEXT_LINE:
            assert not title, (n, title)
            last = TITLE_NEXT_LINE[n]
            title = lines[last - 1].strip()
        while last < len(lines) and NOTE.match(lines[last]):
            last += 1
        if n in NO_TITLE:
            assert not title, (n, title)
            title = None
        else:
            assert title, (n, text)
            title = title.removesuffix(".")
        papers.append(entry(lines, n, last, title))
        n = last
    assert sum(1 for p in papers if p["title"] is None) == 1
    assert len(papers) == 171, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each column-0 '* URL -- Title' or '* Title' bullet is an entry spanning its one-space-indented note"
        " sub-bullets (171, repeats across themes kept); title = text after ' -- ' (241's on line 242), final full stop"
        " dropped, None for 172 (link only); theme/venue headings, notes and the MISC remark are not entries.",
        "Whole file read (433 lines) against the -v output: all 171 column-0 bullets across the ten themes, first and"
        " last record of every venue section, the link-less INFOCOM '21 titles (39-51, 113-116, 190-197, 286, 346-355)"
        " with trailing spaces removed, 172 (link only, title None, notes 173-175 in its span), 241 with its title on"
        " 242, 408's final full stop dropped, one-space ' - ' and ' * ' note lines kept inside spans (e.g. 102-104,"
        " 227-230, 418-421), repeats across themes kept (158/269, 170/276, 200/327, 202/290, 89/128, 91/335, 21/323),"
        " ACM /doi/ and /doi/pdf/ DOIs, doi.org DOIs (382, 397-403), arXiv ids 388-394, no ids for USENIX/IEEE Xplore"
        "/CVF pages, the MISC remark 433 not taken.",
    )


if __name__ == "__main__":
    main()
