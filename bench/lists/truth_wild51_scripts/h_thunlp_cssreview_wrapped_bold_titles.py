"""Wild51 truth for thunlp/CSSReview README.md: the companion paper list of the survey "From Symbols to Embeddings:
A Tale of Two Representations in Computational Social Science" (THUNLP), newest commit (aae7ce5), 1100 lines, 51 KB.

Shape: ``# Papers in CSS`` (1), contributors, an introduction linking the survey itself (11, a link in prose, not an
entry), three HTML ``<table>`` tables of contents (Text, Network, Research Domains, about 17-108), then heading trees
``## [Text](#text)`` / ``### [Symbol-based representation](#text)`` / ``#### [Word](#text)`` /
``##### [Frequency-based](#text)`` ... and, later, research-domain sections (``### [Linguistics](#domains)`` /
``#### [Symbol-based representation](#domains)``).  Under each leaf heading a numbered list restarting at 1:
``N. **Title.** Venue vol.no (year). [paper](url)``, a blank line, then an indented author line
``   *Author et al.*`` (sometimes without the italics, sometimes ``*Author*.``).

Special cases:
- From the Linguistics domain section on (about 850-980) the bold title is hard-wrapped over two or three lines
  (``1. **Human language reveals`` / ``a universal positivity bias.** PNAS ...``); the title is the joined lines.
- Some author lines wrap too (``*Richard Futrell`` / ``, Kyle Mahowald, and Edward Gibson*``).
- 859 ``[paper][https://...]``: a broken link written with square brackets; still one entry.
- The same paper appears under several leaf headings (e.g. "What does Congress want from the National Science
  Foundation? ..." four times, "Bots increase exposure ..." twice): every mention is an entry.
- Titles end with a period inside the bold (``**Ontogeny and phylogeny of language.**``); that separator period
  is dropped, a question mark is kept.  Some titles have no period (``... sociolinguistic studies** WWW 2015``).

Decisions:
- Entry = every numbered item ``N. **...`` (212); its lines run from the number line to the last non-blank line
  before the next item or heading (title, venue, link, author lines).  Title = the bold text, wrapped lines joined
  with single spaces, one trailing period removed.
- Not entries: the survey link in the introduction, the HTML tables of contents, headings.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "thunlp__CSSReview__README@aae7ce5.md"
PART = "wild51_development"

START = re.compile(r"^(?P<num>\d+)\. \*\*(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers in CSS"
    starts = [n for n, ln in enumerate(lines, 1) if START.match(ln)]
    stops = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    for i, s in enumerate(starts):
        nxt = min([x for x in starts[i + 1:] + stops if x > s] + [len(lines) + 1])
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        # title: from after '**' on the start line up to the closing '**'
        buf = START.match(lines[s - 1]).group("rest")
        k = s
        while "**" not in buf:
            buf += " " + lines[k].strip()
            k += 1
            assert k < nxt, (s, buf)
        title = re.sub(r"\s+", " ", buf.split("**", 1)[0]).strip()
        if title.endswith("."):
            title = title[:-1].rstrip()
        assert title and not re.search(r"[*`<>\[\]]", title), (s, title)
        papers.append(entry(lines, s, last, title))
    t = {p["line"]: p for p in papers}
    assert t[117]["title"] == "Ontogeny and phylogeny of language", t[117]
    assert t[121]["title"] == "Quantitative analysis of culture using millions of digitized books", t[121]
    assert t[854]["title"] == "Human language reveals a universal positivity bias", t[854]
    assert t[854]["doi"] == "10.1073/pnas.1411678112", t[854]
    assert t[878]["title"] == "Large-scale evidence of dependency length minimization in 37 languages", t[878]
    assert len(papers) == 212, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item 'N. **Title.** Venue (year). [paper](url)' with its indented author line is an entry"
        " (212), repeats under different leaf headings kept as separate entries; title = the bold text with"
        " hard-wrapped lines joined by spaces and the separator period before the closing '**' removed; the survey"
        " link in the introduction, the HTML tables of contents and headings are not entries.",
        "Read the head (1-200), the wrapped-title region (845-1000) and the end (1060-1100); compared -v there entry"
        " by entry (joined titles, wrapped author lines inside the span, the '[paper][url]' broken link) and spot"
        " checked the rest of -v for titles cut at a '**' or holding markup (none).",
    )


if __name__ == "__main__":
    main()
