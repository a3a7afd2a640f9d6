"""Open truth for Peldom/papers_for_protein_design_using_DL (README of 2025-12-20): paragraph records.

'**Title**' (trailing spaces or not), then an author line, then '[Venue Year](url) • [code](url) • ...';
records are separated by blank lines, sometimes not (lines ending in two spaces).
"""
import re

from _open import Open

NAME = "Peldom__papers_for_protein_design_using_DL__README@11d3988.md"
# records whose links are only code, a website, news or a blog post (commercial models, repositories, an
# unpublished method): decided by reading every record without an arXiv id or DOI and without a link to a
# journal or preprint host
NO_PAPER = {217, 265, 694, 890, 930, 1417, 1481, 1707, 2703, 2979, 3368, 3550}


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## 0. Benchmarks"))
    starts = [i for i in range(first, len(t.lines) + 1) if re.match(r"\*\*[^*]+\*\*", t.line(i))]
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(t.lines) + 1
        end = i
        for j in range(i + 1, stop):
            if not t.line(j).strip() or t.line(j).startswith("#"):
                break
            end = j
        titles = re.findall(r"\*\*([^*]+)\*\*", t.line(i))
        if i in NO_PAPER:
            continue
        for title in titles:  # 'Preprint title / Published title': two works on the same lines
            t.add(i, end, title)
    t.write("every '**Title**' paragraph from '0. Benchmarks and datasets' on is an entry, running to its"
            " author and link lines; a bold line naming two titles ('**A** / **B**', a preprint and its"
            " published version) gives two entries on the same lines; databases, similar lists and guides"
            " (plain numbered links and tables) are not papers; 12 records whose links"
            " are only code, websites, news or blogs (commercial models, repositories, an unpublished method) are"
            " left out",
            "the 15-entry sample, the six two-title records, the records without a blank line between them,"
            " every record with no arXiv id or DOI whose links are not to a paper host")


if __name__ == "__main__":
    main()
