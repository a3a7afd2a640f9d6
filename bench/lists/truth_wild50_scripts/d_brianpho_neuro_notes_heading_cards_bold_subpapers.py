"""Wild50 truth for Brian-Pho/Textbook-Notes content/posts/papers/neuroscience-set-1/index.md: a student's Hugo blog
post "Neuroscience Papers Set 1" -- reading notes on 20 neuroscience / philosophy-of-mind papers; newest commit
(f436597, 2021-02-15).  The notes began as ``content/posts/papers/neuroscience/index.md`` (2020-10), which was renamed
to this path when sets 2 and 3 were added; the living file is taken.

Shape: 1255 lines, 132 KB.  YAML front matter (1-8, ``excerpt: "My notes on 20 papers exploring the brain."``), then
20 cards, each a ``## [Title](url)`` heading (10, 27, 62, ... 1199) followed by long bullet notes, nested bullets
and ``![Figure 4](figure4-1.png)`` images; no links inside the notes.  Heading links are doi.org (some
``www.doi.org``, one percent-encoded ``10.1177%2F...`` 212), Nature / Science / JSTOR stable / PMC / ResearchGate
pages.

Special cases:
- 62 ``Is coding a relevant metaphor for the brain?`` (a BBS target article) has, inside its notes, bold lines naming
  three open-peer commentaries the student also read: 190 ``**Our understanding of neural codes rests on Shannon's
  foundations commentary**``, 201 ``**The origin of the coding metaphor in neuroscience commentary**``, 207 ``**Is
  coding a relevant metaphor for building AI?**`` -- each a paper of its own: entries, the trailing descriptor word
  ``commentary`` is not title text.
- 276 ``## [Neuroscience: In search of new concepts](https://science.sciencemag.org/content/358/6362)`` links a
  Science special issue; the heading (the issue's introduction of that title) is an entry, and the bold lines under
  it name five review articles of the issue (278, 298, 333, 341, 357) -- entries too.
- 737 ``What the Frog’s Eye Tells the Frog’s Brain`` has curly apostrophes, kept.
- All entries are single lines (heading or bold line); the notes under them hold no references, so ids come from the
  heading link only (bold lines have none).

Decisions:
- Entry = each ``## [Title](url)`` heading (20) and each bold paper line inside a card (8): 28 entries.
- Title = the heading's link text; for the bold lines the bold text without a trailing `` commentary``.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "Brian-Pho__Textbook-Notes__content__posts__papers__neuroscience-set-1__index@f436597.md"
PART = "wild50_development"

HEAD = re.compile(r"^## \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")
BOLD = re.compile(r"^\*\*(?P<title>[^*]+)\*\*$")
SUB_CARDS = {62: [190, 201, 207], 276: [278, 298, 333, 341, 357]}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[2] == 'title: "Neuroscience Papers Set 1"'
    papers = []
    card = None
    subs: dict[int, list[int]] = {}
    for n, ln in enumerate(lines, 1):
        assert not ln.startswith("#") or HEAD.match(ln), (n, ln)
        h = HEAD.match(ln)
        if h:
            card = n
            papers.append(entry(lines, n, n, h.group("title")))
            continue
        b = BOLD.match(ln)
        if b:
            subs.setdefault(card, []).append(n)
            papers.append(entry(lines, n, n, b.group("title").removesuffix(" commentary")))
            continue
        assert "](http" not in ln, (n, ln)
    assert subs == SUB_CARDS, subs
    t = {p["line"]: p for p in papers}
    assert (t[10]["title"], t[10]["doi"]) == (
        "Could a Neuroscientist Understand a Microprocessor?", "10.1371/journal.pcbi.1005268"), t[10]
    assert t[190]["title"] == "Our understanding of neural codes rests on Shannon’s foundations", t[190]
    assert t[207]["title"] == "Is coding a relevant metaphor for building AI?", t[207]
    assert t[212]["doi"] == "10.1177/2398212818816019", t[212]
    assert (t[276]["title"], t[276]["doi"]) == ("Neuroscience: In search of new concepts", None), t[276]
    assert t[298]["title"].startswith("Big data and the industrialization of neuroscience"), t[298]
    assert t[737]["title"] == "What the Frog’s Eye Tells the Frog’s Brain", t[737]
    assert t[1022]["doi"] == "10.1017/s0025315408000738", t[1022]
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## [Title](url)' card heading is an entry (20), and so is each bold line inside a card naming a"
        " further paper the notes cover (8: three BBS commentaries under 62, five review articles of the Science"
        " special issue under 276); all entries are single lines; title = link text / bold text, a trailing"
        " descriptor word 'commentary' dropped.",
        "Read the front matter, all 20 headings and every bold line with its notes around it; compared -v for all"
        " 28 entries; checked no note line holds a link; DOIs from doi.org / www.doi.org / percent-encoded links"
        " (10, 27, 62, 212, 235, 737, 827, 958, 1022, 1050, 1199), none from Nature, Science, JSTOR, PMC or"
        " ResearchGate pages.",
    )


if __name__ == "__main__":
    main()
