"""Wild53 truth for liubin18911671739/llm_dl_kg ``参考文献.md`` ("references"): the reference list of a Chinese
student project on LLMs, deep learning and knowledge graphs, newest commit (f0478d9, the repository's only commit
"v1.0").  The file name is Chinese and the references follow the Chinese national standard GB/T 7714 ("[J]" journal
article, "[C]" paper in proceedings, "[M]" monograph); one reference has a Chinese title.

Shape: 129 lines, 11 KB.  Line 1 is a bare ``#`` (empty heading), then 64 numbered references ``[1]`` .. ``[64]``,
one per line (3, 5, ..., 129), each followed by a blank line.  A reference reads
``[n] Surname I, Surname I, et al. Title[J]. Venue, year, vol(issue): pages.`` -- authors as surname plus initials
without dots, cut after three with ``et al.``, then ``. `` and the title, which runs up to the GB/T type marker
``[J]``/``[C]``/``[M]`` glued to it.  arXiv preprints are written ``[J]. arXiv preprint arXiv:1808.09602, 2018.``;
there are no URLs or DOIs anywhere.

Special cases:
- 9 ``[4] 漆桂林, 高桓, 秦兵. 知识图谱研究进展[J]. 计算机研究与发展, ...``: Chinese authors, Chinese title and venue.
- 47 ``[23] Yu D, Deng L. Deep Learning Methods and Applications[M]. Now Publishers Inc, 2014.``: marked ``[M]``
  (monograph) by the list itself -- a book, so not an entry.
- Repeats are kept as separate entries: ``Modeling Relations and Their Mentions without Labeled Text`` is both [37]
  (75) and [57] (115); ``CN-DBpedia: A Never-Ending Chinese Knowledge Extraction System`` is both [55] (111) and
  [56] (113, with other authors and venue).
- Titles keep the list's case and spelling: ``Dbpedia: A Nucleus ...`` (15), ``Roberta: ...`` (29), ``Yago: ...``
  (13), question marks (``Language Models as Knowledge Bases?`` 39), the apostrophe in ``HuggingFace's`` (129),
  ``Attention is All You Need`` (25).
- 33 ``[16] Radford A, ... Improving Language Understanding by Generative Pre-Training[J]. 2018.``: no venue (OpenAI
  report); still an entry.  43 ``[21]`` and 121 ``[60]`` are two different papers both titled ``ERNIE: ...``.
- Author names with spaces or hyphens (``Logan IV R L`` 45, ``Baldini Soares L`` 85, ``Garcia-Duran A`` 55) and the
  umlaut ``Wöß W`` (3) stay in the author part, which ends at the first ``. ``.

Decisions:
- Entry = each numbered reference line except the ``[M]`` monograph [23]: 63 entries, one line each.
- Title = the text between the first ``. `` (end of the author list) and the ``[J]``/``[C]`` marker.
- arXiv ids come from the ``arXiv:NNNN.NNNNN`` text (25 references); no DOIs in the file.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "liubin18911671739__llm_dl_kg__参考文献@f0478d9.md"
PART = "wild53_development"

REF = re.compile(r"^\[(?P<n>\d+)\] (?P<authors>[^.]+?)\. (?P<title>.+?)\[(?P<kind>[JCM])\]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "#", lines[0]
    papers = []
    numbers = []
    books = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or n == 1:
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        numbers.append(int(m.group("n")))
        if m.group("kind") == "M":
            books.append(n)
            continue
        title = m.group("title").strip()
        assert not re.search(r"[\[\]*`<>]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert numbers == list(range(1, 65)), numbers
    assert books == [47], books
    assert len(papers) == 63, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Towards a Definition of Knowledge Graphs", t[3]
    assert t[9]["title"] == "知识图谱研究进展", t[9]
    assert (t[19]["title"], t[19]["arxiv"]) == (
        "Multi-Task Identification of Entities, Relations, and Coreference for Scientific Knowledge Graph Construction",
        "1808.09602"), t[19]
    assert t[39]["title"] == "Language Models as Knowledge Bases?", t[39]
    assert t[45]["title"] == "Knowledge Enhanced Contextual Word Representations", t[45]
    assert t[75]["title"] == t[115]["title"] == "Modeling Relations and Their Mentions without Labeled Text"
    assert t[111]["title"] == t[113]["title"], (t[111], t[113])
    assert (t[129]["title"], t[129]["arxiv"]) == (
        "HuggingFace's Transformers: State-of-the-art Natural Language Processing", "1910.03771"), t[129]
    assert sum(1 for p in papers if p["arxiv"]) == 25, [p["line"] for p in papers if p["arxiv"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Each GB/T 7714 numbered reference line '[n] Authors. Title[J]/[C]. ...' is an entry (63 of the 64), title = the"
        " text between the end of the author list (first '. ') and the [J]/[C] type marker; reference [23] (line 47) is"
        " marked [M] (monograph) and is left out as a book; the two repeated references ([37]/[57], [55]/[56]) are"
        " separate entries; arXiv ids from the 'arXiv:NNNN.NNNNN' text, no DOIs in the file.",
        "Read all 129 lines; compared -v for all 63 entries: the Chinese reference [4] (line 9), question mark 39,"
        " apostrophe 129, list casing kept (Dbpedia 15, Yago 13, Roberta 29), author parts with spaces/hyphens/umlaut"
        " (3, 45, 55, 85) cut correctly, the venue-less GPT report 33, the repeats 75/115 and 111/113, the [M] book 47"
        " left out; 25 arXiv ids match the 'arXiv:' references.",
    )


if __name__ == "__main__":
    main()
