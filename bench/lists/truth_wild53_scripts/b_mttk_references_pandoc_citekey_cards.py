"""Wild53 truth for mttk/notes references/references.md: an NLP PhD student's running paper notes ("Summaries
of read references", compiled with pandoc + citeproc into references.pdf), newest commit holding the file (23fa778,
2018-04-05).

Shape: 412 lines, 20 KB, no front matter.  The file is a sequence of per-paper note cards, each opened by a level-1
heading ``# <Paper title>`` followed on the next line (after a blank line on 1 and 77) by its pandoc
citation key ``[@srivastava2015highway]`` (once with
a tail: 125 ``[@yu2017learning] : LSTM-Jump``), then free notes: prose, bullet lists, LaTeX ``$$`` / ``\\begin{equation}``
blocks, OpenReview / blog / PyTorch links, "Takeaways" paragraphs, TODO / CONT markers.  15 cards (1, 21, 59, 77, 92,
124, 143, 202, 228, 240, 283, 299, 313, 333, 355), then an empty ``# References`` heading (412, where pandoc puts the
bibliography).  The notes cite other papers inline by key (46/57 ``[@le2015simple]``, 95 ``Multi-dimensional Recurrent
Neural Networks [@graves2009offline]``, 200, 302, 340 with four keys, 344 ``Google Vizier [@golovin2017google]``).

Special cases:
- 299 ``# Controlling Decoding for More Abstractive Summaries with Copy-Based Networks`` has no key; its next line says
  ``Reference not yet on Google Scholar: https://arxiv.org/pdf/1803.07038.pdf`` -- the card's only id.
- 333 heading ends with a trailing space; 59 keeps ``Auxilliary`` as written; 77 ``Maxout networks`` lower case.
- No DOIs, and OpenReview forum links (146, 243, 336, 358) give no ids.

Decisions:
- Entry = each ``# `` card heading (15); lines = heading .. its key line (299: heading .. arXiv line).  Title = heading
  text.  ``# References`` is the bibliography placeholder, not an entry.
- Inline ``[@key]`` citations inside the notes (some with a title in prose, 95, 344) are mentions in running text, not
  list items / cards: not entries (the writer's own cards are the list).
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "mttk__notes__references__references@23fa778.md"
PART = "wild53_development"

HEAD = re.compile(r"^# (?P<title>.+?)\s*$")
KEY = re.compile(r"^\[@[a-z]+\d{4}[a-z]+\](?: : .+)?$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Highway Networks"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m or m.group("title") == "References":
            continue
        k = n + 1
        while not lines[k - 1].strip():
            k += 1
        nxt = lines[k - 1]
        if n == 299:
            assert nxt.startswith("Reference not yet on Google Scholar: https://arxiv.org/"), nxt
        else:
            assert KEY.match(nxt), (n, nxt)
        papers.append(entry(lines, n, k, m.group("title")))
    assert lines[411] == "# References"
    t = {p["line"]: p for p in papers}
    assert (t[1]["title"], t[1]["end"]) == ("Highway Networks", 3), t[1]
    assert t[59]["title"] == "Learning long-term dependencies in RNNs with Auxilliary Losses", t[59]
    assert (t[299]["end"], t[299]["arxiv"]) == (300, "1803.07038"), t[299]
    assert t[333]["title"] == "On the State of the Art of Evaluation in Neural Language Models", t[333]
    assert t[355]["title"] == "Regularizing and Optimizing LSTM Language Models", t[355]
    assert sum(1 for p in papers if p["arxiv"]) == 1
    assert len(papers) == 15, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every level-1 '# Title' note-card heading (15) is an entry, lines = heading .. its pandoc '[@key]' line (299:"
        " heading .. the 'Reference not yet on Google Scholar: arXiv' line), title = heading text; the closing"
        " '# References' placeholder and the inline [@key] citations inside the notes are not entries.",
        "Read all 412 lines; checked the 15 headings and their key lines in -v (1-3 and 77-79 spans over a blank line, 125 key with"
        " ': LSTM-Jump' tail, 299 without key giving arXiv 1803.07038, 333 trailing space trimmed); confirmed the"
        " remaining [@key] occurrences (46, 57, 95, 180, 200, 302, 340, 344) are inline prose citations and the"
        " OpenReview/blog/GitHub links give no ids.",
    )


if __name__ == "__main__":
    main()
