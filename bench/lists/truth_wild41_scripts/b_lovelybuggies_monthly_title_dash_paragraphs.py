"""Wild41 truth for LovelyBuggies/Paper_Notes Notes/README.md: a Chinese graduate student's monthly paper-reading
log ("NAVIGATION", "按日期索引文件" in the repository README) on blockchain, smart grid, IoT pricing, wireless
networks and later GANs, with a to-read list at the end.

Shape (142 lines, the last ones blank, and a final newline): "# NAVIGATION", then "## YYYY-MM" sections
(2018-09 .. 2019-07, nine, the last one empty) separated by "---"/"------" rules and blank lines, each holding
one paragraph per paper:
  "Title -- [[IEEE]](abstract url) [[Article]](pdf url)"
and a closing "## TODO List" section in the same shape.  Special cases:
- link label variants: [[IEEE]], [[Article]], [[Science Direct]]/[[ScienceDirect]], [[Springer Link]]/
  [[SpringerLink]], [[ACM]], [[Arxiv]]/[[arxiv]], [[ICCV]], [[Cornell University]], [[Semantic Scholar]], [[Book]];
  the 2019-05/06 paragraphs use an em dash and "[[IEEE](url)]" brackets (99, 107);
- a paragraph with a title and no link at all (83);
- bold nicknames after the title: "(**GAN**)", "(**pix2pixGAN**)", "(**Cycle-GAN**)", "(**VggNet**)" (85-91);
- curly quotes and a version in a title ("“ Proof-of-Work ” Proves Not to Work version 0.2", 43), an arXiv URL with
  a stray "%7C" after ".pdf" (45);
- a Springer book chapter written as "Traffic and QoS Management in Wireless Multimedia Network pp 201-265
  Multihop Wireless Networks" (31: book title, pages, chapter title; link with a percent-encoded DOI);
- a textbook chapter "*Algorithmic Game Theory* Chap.13 -- [[Book]](books.google ...)" in the TODO list (129);
- a whitepaper (Plasma, 63), a USENIX ;login: magazine article (65), ResearchGate / academia.edu / els-cdn PDFs.

Decisions:
- Entry = each paper paragraph (one line each), the TODO list included (it is the owner's to-read list): 34.  Not
  entries: headings, rules, and the "Algorithmic Game Theory" textbook chapter (129, a book).  The Springer chapter
  (31) is kept: it is a chapter of a research report with its own DOI, listed as a read paper.
- Title = the text before the " -- " / " — " separator (the whole line for 83), the bold nickname in parentheses
  after it dropped (an annotation added to the title, not part of it); for 31 the chapter title "Multihop Wireless
  Networks" (the book title and page range before it are its venue); curly quotes and "version 0.2" kept.
- Ids from the paragraph's own line: arXiv from arxiv.org links (the [[Arxiv]]/[[Article]]/[[Cornell University]]
  links); DOIs from link.springer.com chapter URLs (31 decoded from %2F, 57); IEEE "document/N", ScienceDirect pii,
  ACM citation.cfm, ResearchGate and Semantic Scholar links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "LovelyBuggies__Paper_Notes__Notes__README@d7b999d.md"
PART = "wild41_development"

SEP = re.compile(r" (?:--|—) \[\[")
NICK = re.compile(r"\s*\(\*\*[^*]+\*\*\)$")
BOOK = 129
NO_LINK = 83
CHAPTER = 31


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        t = text.strip()
        if not t or t.startswith("#") or set(t) == {"-"}:
            continue
        if n == BOOK:
            assert t.startswith("*Algorithmic Game Theory* Chap.13 -- [[Book]]"), t
            continue
        if n == NO_LINK:
            assert "[" not in t
            title = t
        else:
            m = SEP.search(t)
            assert m, (n, t)
            title = NICK.sub("", t[: m.start()])
        if n == CHAPTER:
            assert title == "Traffic and QoS Management in Wireless Multimedia Network pp 201-265 Multihop Wireless" \
                            " Networks", title
            title = "Multihop Wireless Networks"
        papers.append(entry(lines, n, n, title))
    assert papers[0]["line"] == 6 and papers[-1]["line"] == 133
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper paragraph 'Title -- [[Source]](url) [[Article]](url)' of the monthly sections and the TODO"
        " list is an entry (one line); title = the text before ' -- '/' — ' without the bold '(**nickname**)'"
        " (whole line for the linkless 83, the chapter title for the Springer chapter 31); the textbook chapter"
        " (129), headings and rules are not entries; arXiv ids from arxiv.org links, DOIs from Springer chapter"
        " URLs.",
        "Whole file read (142 lines) against the -v output: every paragraph of the 9 monthly sections (2019-07 empty) and the TODO"
        " list, the linkless title (83), the nickname paragraphs (85-91), the em-dash paragraphs (99, 107), the"
        " curly-quote title (43), the '%7C' arXiv URL (45), the Springer chapter (31, DOI 10.1007/978-0-387-85573-8_5"
        " from the %2F URL) and LNCS chapter (57), the skipped textbook chapter (129), no DOIs from IEEE/ACM/"
        "ScienceDirect/ResearchGate links.",
    )


if __name__ == "__main__":
    main()
