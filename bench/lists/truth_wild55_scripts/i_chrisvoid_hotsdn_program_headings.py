"""Wild55 truth for chris-void/paper hotsdn2014/material-hotsdn-2014.md: a student's notes on the HotSDN 2014
workshop (software-defined networking), newest commit (1dd076f): three numbered references, then the workshop
program pasted from the conference web page.

Shape: 187 lines, no title.
- 1-11: three numbered references in IEEE style over three lines each, ``[16] “Title,” `` / authors / ``In proceedings
  of ... (HotSDN), Chicago, USA, 2014. [pdf]`` (the ``[pdf]`` is bare text, no link); the numbers (16, 15, 7) are
  out of order.
- 13: a ``# -`` separator heading.
- 15-187: the program, one ``#### Title`` heading per paper followed by a line of ``;``-separated authors.  Debris
  of the pasted web page sits between papers: session chairs (``Session Chair: Jeff Mogul, Google, USA`` 24, 44,
  63), a session time (``11:05am – 12:05pm Full talks #2: ...`` 62, ``4:30pm-6:00pm Poster session`` 107) and the
  link labels ``Slides Paper`` / ``Paper`` (45, 88, 95, ... 184) that on the web page belonged to the following
  paper but here hang under the previous author line.  The file ends with the author line 187.

Special cases:
- The three references repeat program papers (1-3 = 83-84, 5-7 = 86-87, 9-11 = 18-19): each occurrence is an entry.
- Reference titles are inside curly quotes with the closing comma inside (``“Flow Caching for High Entropy Packet
  Fields,”``): quotes and comma dropped.
- 182 ``Radio Visor : A Slicing Plane for Radio Access Networks`` keeps the space before the colon as written.
- No links, so no ids.

Decisions: entry = each numbered reference (span = its three lines) and each ``#### `` heading (span = the heading
and its author line); the stray ``Paper``/``Slides Paper`` labels, session lines and ``# -`` are not part of any
entry.  Title = the quoted reference title, or the heading text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "chris-void__paper__hotsdn2014__material-hotsdn-2014@1dd076f.md"
PART = "wild55_development"

REF = re.compile(r"^\[(?P<n>\d+)\] “(?P<title>.+?),?” *$")
HEAD = re.compile(r"^#### (?P<title>.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if m := REF.match(ln):
            assert lines[n + 1].startswith("In proceedings"), (n, lines[n + 1])
            papers.append(entry(lines, n, n + 2, m.group("title")))
        elif m := HEAD.match(ln):
            assert ";" in lines[n], (n, lines[n])
            papers.append(entry(lines, n, n + 1, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 3 + 47, len(papers)
    assert (by[1]["title"], by[1]["end"]) == ("Flow Caching for High Entropy Packet Fields", 3), by[1]
    assert by[1]["title"] == by[83]["title"] and by[5]["title"] == by[86]["title"], (by[5], by[86])
    assert by[9]["title"] == by[18]["title"] == "Application-aware Data Plane Processing in SDN", by[9]
    assert by[15]["title"] == "ClosedFlow: OpenFlow-like Control over Proprietary Devices", by[15]
    assert by[105]["end"] == 106, by[105]
    assert by[182]["title"] == "Radio Visor : A Slicing Plane for Radio Access Networks", by[182]
    assert (by[186]["title"], by[186]["end"]) == (
        "A Programmable and Scalable OpenFlow Switch using Heterogeneous SoC Platforms", 187), by[186]
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the three numbered IEEE-style references at the top ('[16] “Title,”' / authors / venue, span 3"
        " lines) and every '#### Title' heading of the pasted HotSDN 2014 program (span = heading + ';'-separated"
        " author line).  Repeats count per occurrence.  Title = the quoted title without quotes and inner comma, or"
        " the heading text.  Session-chair/time lines, the stray 'Slides Paper'/'Paper' link labels and '# -' are"
        " not entries.",
        "Read the whole file and compared all -v lines: the three references (out-of-order numbers 16/15/7) and"
        " their repeats at 83/86/18, every heading title, spans ending at the author line even where 'Paper' or a"
        " session time follows (105-108), the space-before-colon title 182 and the last entry 186-187.",
    )


if __name__ == "__main__":
    main()
