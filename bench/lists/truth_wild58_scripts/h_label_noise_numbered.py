"""Wild58 truth for bhanML/label-noise-papers README.md at 17b3bb4 (2021-03-08): the companion paper list of the
survey "A Survey of Label-noise Representation Learning: Past, Present, and Future" (Han et al.).  The survey's
reference list is regrouped by the survey's taxonomy, each reference written in IEEE style with the title in bold,
as a Markdown ordered list whose items are all numbered ``1.``.

Shape: 390 lines.  Title and intro (1-5), "Citation" with a ``` block holding the survey's bibtex (7-17), "Content"
(20-45): a nested ordered list of section links (``1. [Survey](#Survey)``, ``    1. [Transition Matrix](...)``).
Then the list (49-389): ``## [Survey](#content)`` / ``## [Data](#content)`` / ... headings, ``### Sub`` headings,
and items separated by blank lines, each item two lines:
``1. B. Frénay and M. Verleysen, **Classification in the presence of label noise: a survey**, IEEE Transactions
on ..., 2013.`` then ``[paper](url)`` on the next line (a lazy continuation of the item).

Special cases:
- 137 (Pseudo-label, ICML Workshop 2013) has no ``[paper]`` line: a one-line entry.
- 345 is indented by two spaces and holds two links (``  [paper](http://arxiv.org/abs/1911.02377) [code](...)``).
- Punctuation inside the bold: trailing comma (``**Learning with confident examples: ...,**``, 112; also 156, 196,
  202, 214) is dropped from the title; question marks ending a title are kept (``**Does label smoothing mitigate
  label noise?** in ICML``, 93; 101, 167, 255).
- Authors end with a period instead of a comma before the bold title at 233, 236, 247, 320, 344, 385, 388; 320
  ends the bold title with ``**.``; 385 follows it with a full-width comma ``**，``.
- 233 has a garbled author (``. BRecht``); 361 has two spaces after ``1.``.
- The same paper appears under two headings (Patrini et al., 71 and 87; "Beyond synthetic noise", 247 and 317;
  "Searching to exploit memorization effect ...", 258 and 344 with "with" / "from noisy labels"): each listing
  is its own entry.
- 197's link ends with mojibake (``.pdf%20%C3%A2%E2%82%AC%E2%80%B9``); the arXiv id 1706.00038 is still there.

Decisions:
- Entry = every item line ``1. <authors>, **<title>**, <venue>`` from 52 on, together with the ``[paper]`` line
  right below it when there is one: 97 entries.  Title = the bold text, without a trailing comma.
- The "Content" items (21-45) link to sections, not papers; the survey's own bibtex (11-17) cites the survey
  itself: not entries.
- arXiv ids come from arxiv.org/pdf and /abs links and from ``arXiv preprint arXiv:NNNN.NNNNN`` in the text.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "bhanML__label-noise-papers__README@17b3bb4.md"
PART = "wild58_development"

ITEM = re.compile(r"^1\.\s+(?P<authors>[^*]+?)\*\*(?P<title>.+?)\*\*")
LINK = re.compile(r"^\s*\[paper\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 49:
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        title = m.group("title").strip().rstrip(",").strip()
        last = n + 1 if n < len(lines) and LINK.match(lines[n]) else n
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 97, len(papers)
    assert min(by) == 52 and max(by) == 388, (min(by), max(by))
    assert by[52]["title"] == "Classification in the presence of label noise: a survey", by[52]
    assert by[55]["arxiv"] == "1912.05170", by[55]
    assert by[93]["title"] == "Does label smoothing mitigate label noise?", by[93]
    assert by[112]["title"] == (
        "Learning with confident examples: Rank pruning for robust classification with noisy labels"
    ), by[112]
    assert by[137]["title"] == (
        "Pseudo-label: The simple and efficient semisupervised learning method for deep neural networks"
    ), by[137]
    assert by[196]["arxiv"] == "1706.00038", by[196]
    assert by[320]["title"] == "Webvision database: Visual learning and understanding from web data", by[320]
    assert by[344]["arxiv"] == "1911.02377", by[344]
    assert by[385]["title"] == "Deep double descent: Where bigger models and more data hurt", by[385]
    assert by[388]["title"] == (
        "Rethinking Bias-Variance Trade-off for Generalization of Neural Networks"
    ), by[388]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every item '1. <authors>, **<title>**, <venue>, <year>.' from line 52 on is one entry, spanning"
        " the item line and the '[paper](url)' line right below it when there is one (137 has none).  Title = the"
        " bold text without a trailing comma (question marks kept).  The section links of 'Content' (21-45) and"
        " the survey's own bibtex are not entries; a paper listed under two headings is an entry each time.",
        checked="Read the whole file; compared the -v output with all 97 items (titles, spans, arXiv ids from"
        " arxiv.org/pdf links and 'arXiv preprint arXiv:' text), the bold-comma (112, 156, 196, 202, 214) and"
        " question-mark (93, 101, 167, 255) titles, 137 without link, 345's indented two-link line, and that no"
        " Content item is listed.",
    )


if __name__ == "__main__":
    main()
