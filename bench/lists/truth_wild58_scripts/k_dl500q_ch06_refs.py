"""Wild58 truth for scutan90/DeepLearning-500-questions ch06_循环神经网络(RNN)/第六章_循环神经网络(RNN).md at 029193a
(2020-05-21): chapter 6 (recurrent neural networks) of a Chinese deep-learning Q&A book written in Markdown.  The
chapter is Chinese prose, formulas and figures (6.1-6.13.8, lines 5-487) and ends with a "## 参考文献" (references)
section in the Chinese GB/T 7714 citation style.

Shape: 544 lines.  "## 参考文献" at 488; then 28 references, one a paragraph on even lines 490-544:
``[n] Authors. Title[J]. Journal, year, vol(issue):pages.`` with the GB/T type marks ``[J]`` (journal), ``[C]//``
(proceedings) and ``[M]`` (monograph).

Special cases:
- Author lists are written in several spacings: ``Graves A.`` (496), ``Greff K ,  Srivastava R K , Koutník, Jan, et
  al.`` (500), ``Pascanu R ,  Mikolov T ,  Bengio Y .`` (504, space before the period), leading double spaces after
  ``[n]`` (500, 504, 506, ...).
- Titles keep their case and end punctuation inside the type mark: ``DEEP MOTIF DASHBOARD: ... NEURAL NETWORKS.[J]``
  (502, all caps, period before ``[J]``), ``... statistical language modeling.[M]`` (510).  The period is dropped.
- The same paper is cited several times under different numbers: ``Generating Sequences With Recurrent Neural
  Networks`` ([5] 498, [12] 512, [23] 534) and ``LSTM: A Search Space Odyssey`` ([6] 500, [17] 522): each citation is
  its own entry.
- [11] (510) is marked ``[M]`` but is a survey article: kept.
- Not papers: [1] (490) a Zhihu blog post named only by its author and URL; [2], [3], [16], [27] (492, 494, 520, 542)
  bare URLs of blog posts / a project page; [14] (516) a GitHub repository; [15] (518) the book ``Deep Learning``
  (Goodfellow, Bengio, Courville, "Book in preparation for MIT Press").
- [28] (544) carries ``arXiv preprint arXiv:1406.1078``.

Decisions:
- Entry = every reference paragraph ``[n] ...`` after "## 参考文献" that carries a GB/T type mark ``[J]``, ``[C]`` or
  ``[M]``, except the book [15] (which has none): 21 entries ([4]-[13], [17]-[26], [28]), one line each.
- Title = the text between the author list (ending at ``et al.`` or at an initial followed by ``.``) and the type mark,
  without its trailing period.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "scutan90__DeepLearning-500-questions__ch06_循环神经网络(RNN)__第六章_循环神经网络(RNN)@029193a.md"
PART = "wild58_development"

REF = re.compile(r"^\[(\d+)\]\s*(.*?)\[([JCM])\]")
AUTHORS = re.compile(r"^.*?(?:\bet al|\b[A-Z])\s?\.\s+")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 参考文献") + 1
    papers = []
    nums = {}
    for n in range(start + 1, len(lines) + 1):
        m = REF.match(lines[n - 1])
        if not m:
            continue
        head = m.group(2)
        a = AUTHORS.match(head)
        assert a, (n, head)
        title = head[a.end():].strip().rstrip(".").strip()
        papers.append(entry(lines, n, n, title))
        nums[int(m.group(1))] = n
    by = {p["line"]: p for p in papers}
    assert start == 488, start
    assert len(papers) == 21, len(papers)
    assert sorted(nums) == list(range(4, 14)) + list(range(17, 27)) + [28], sorted(nums)
    assert by[496]["title"] == "Supervised Sequence Labelling with Recurrent Neural Networks", by[496]
    assert by[500]["title"] == by[522]["title"] == "LSTM: A Search Space Odyssey"
    assert by[498]["title"] == by[512]["title"] == by[534]["title"] == (
        "Generating Sequences With Recurrent Neural Networks"
    )
    assert by[502]["title"] == (
        "DEEP MOTIF DASHBOARD: VISUALIZING AND UNDERSTANDING GENOMIC SEQUENCES USING DEEP NEURAL NETWORKS"
    ), by[502]
    assert by[504]["title"] == "On the difficulty of training Recurrent Neural Networks", by[504]
    assert by[510]["title"] == (
        "A survey on the application of recurrent neural networks to statistical language modeling"
    ), by[510]
    assert by[528]["title"] == "Recurrent nets that time and count", by[528]
    assert by[536]["title"] == "Sequence to Sequence Learning with Neural Networks", by[536]
    assert by[544]["title"] == (
        "Learning phrase representations using RNN encoder-decoder for statistical machine translation"
    ), by[544]
    assert by[544]["arxiv"] == "1406.1078", by[544]
    assert not any(n in by for n in (490, 492, 494, 516, 518, 520, 542))
    write_truth(
        NAME,
        PART,
        papers,
        method="Chinese book chapter whose 参考文献 section (488-544) is a GB/T 7714 numbered reference list, one"
        " reference a paragraph.  Entry = every '[n] Authors. Title[J|C|M]. ...' reference (21: [4]-[13], [17]-[26],"
        " [28]); repeated citations of the same paper are separate entries.  Title = the text between the author"
        " list and the type mark, trailing period dropped.  Blog/URL/GitHub references [1]-[3], [14], [16], [27] and"
        " the book [15] are not entries.",
        checked="Read the whole reference section; compared the -v output with all 28 references (titles split off"
        " author lists with odd spacing at 500/504/506/510/524/528/532/536, the all-caps title at 502, the trailing"
        " periods at 502/510, the triple citation 498/512/534), checked that [1]-[3], [14]-[16], [27] are not listed,"
        " and the arXiv id at 544.",
    )


if __name__ == "__main__":
    main()
