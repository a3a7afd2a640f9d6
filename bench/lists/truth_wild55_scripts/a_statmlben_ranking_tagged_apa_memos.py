"""Wild55 truth for statmlben/awesome-ranking README.md: "Awesome Reference in Learning-to-Rank", a small awesome list
of learning-to-rank references (ranking theory, losses, consistency, rank aggregation), newest commit (ff983e5,
2023-09-18).

Shape: 109 lines, 10 KB.  Licence badge (1), title (3), ``## Tags`` (7) with a 3-column emoji table of tag names and
their short codes (9-14), ``## Reference`` (17), then one paragraph per reference: a line of bracketed tag codes
followed by an APA-style citation, ``[DATA][ES] Chapelle, O., & Chang, Y. (2011, January). [Yahoo! learning to rank
challenge overview](url). In Proceedings ... PMLR.``, where only the title is the link text; then a blank line and a
bullet list ``- **keywords**: ...; [bibkey]`` and (mostly) ``- **memo**: ...``, then one or two blank lines.

Special cases:
- 40 and 45 write the link backwards, ``(Learning to rank using gradient descent)[https://dl.acm.org/doi/pdf/...]`` and
  ``(From ranknet to lambdarank to lambdamart: An overview)[https://citeseerx...]``: the title is the parenthesised text.
- 106 has no link at all: ``Xia, F., ... (2008, July). Listwise approach to learning to rank: theory and algorithm. In
  Proceedings ...``: the title is the APA title between ``(2008, July). `` and ``. In``.
- 49 (TF-Ranking, a KDD paper about a library) carries ``[ [slides](...) + [GitHub](...) ]`` after the venue: it is a
  paper, so an entry; the slides/GitHub links are not separate entries.
- 76's first tag ``[JDSH]`` is not in the tag table; tags are never part of the title.
- 45 only has a keywords bullet (no memo); 31's keywords end with another entry's bibkey ``[herbrich2000large]``.
- The tag table (11-14) names no papers.
- DOIs come from the URLs: projecteuclid ``10.1214/009052607000000910`` (35), ACM ``10.1145/1102351.1102363`` (40),
  ``10.1145/3292500.3330677`` (49), doi.org ``10.1080/01621459.2019.1691562`` (76).  arXiv only at 81 (1511.00492).

Decisions:
- Entry = each tag-prefixed citation line of the Reference section together with its keywords/memo bullets (span = the
  citation line through the last bullet line): 18 entries.
- Title = the link text (forward or backward link); for 106 the APA title.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "statmlben__awesome-ranking__README@ff983e5.md"
PART = "wild55_development"

ITEM = re.compile(r"^(?:\[[A-Za-z]+\])+ (?P<cite>.*)$")
FORWARD = re.compile(r"\[(?P<title>[^\]]+)\]\((?:https?://[^)]*)\)")
BACKWARD = re.compile(r"\((?P<title>[^()]+)\)\[https?://[^\]]*\]")
APA = re.compile(r"\(\d{4}(?:, [A-Za-z]+)?\)\. (?P<title>.+?)\. In ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[16] == "## Reference", lines[16]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n < 17:
            continue
        cite = m.group("cite")
        f = FORWARD.search(cite) or BACKWARD.search(cite) or APA.search(cite)
        assert f, (n, ln)
        title = f.group("title").strip()
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            if lines[k].startswith("- "):
                last = k + 1
            elif lines[k].strip():
                break
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [19, 24, 29, 35, 40, 45, 49, 55, 60, 66, 71, 76, 81, 86, 91, 96, 101, 106], sorted(by)
    assert by[19]["title"] == "Yahoo! learning to rank challenge overview", by[19]
    assert (by[19]["line"], by[19]["end"]) == (19, 22), by[19]
    assert by[40]["title"] == "Learning to rank using gradient descent", by[40]
    assert by[40]["doi"] == "10.1145/1102351.1102363", by[40]
    assert by[45]["title"] == "From ranknet to lambdarank to lambdamart: An overview", by[45]
    assert (by[45]["line"], by[45]["end"]) == (45, 47), by[45]
    assert by[49]["title"] == "Tf-ranking: Scalable tensorflow library for learning-to-rank", by[49]
    assert by[76]["doi"] == "10.1080/01621459.2019.1691562", by[76]
    assert by[81]["arxiv"] == "1511.00492", by[81]
    assert by[106]["title"] == "Listwise approach to learning to rank: theory and algorithm", by[106]
    assert (by[106]["line"], by[106]["end"]) == (106, 109), by[106]
    assert len(papers) == 18, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line of the Reference section that starts with bracketed tag codes ('[METH][OPT] Authors (year)."
        " [Title](url). Venue.') is an entry, spanning through its '- **keywords**' / '- **memo**' bullets.  Title ="
        " the link text; for the two backwards links '(Title)[url]' (40, 45) the parenthesised text; for the unlinked"
        " citation at 106 the APA title between '(2008, July). ' and '. In'.  The tag table names no papers.",
        checked="Read the whole file and compared the -v output for all 18 entries: titles of forward, backward and"
        " unlinked citations, spans including the bullets (45 has keywords only), 49's extra slides/GitHub links not"
        " split off, DOIs from projecteuclid/ACM/doi.org URLs and the one arXiv id (81).",
    )


if __name__ == "__main__":
    main()
