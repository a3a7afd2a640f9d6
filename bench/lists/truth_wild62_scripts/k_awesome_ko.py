"""Wild62 truth for jinmang2/Awesome-Papers README.md at b4e4083 (2020-12-16): a Korean student's personal
reading list (NLP, RL, meta-learning, Schmidhuber, ...), English titles with Korean notes, in many shapes at once.

Shape: 361 lines.
- ``## 2021 Papers to Read`` (6): plain bullets ``- <title>`` (7-16).
- ``## 2020 Reading Papers`` (18): three Korean note bullets (19-21: ``대충 쓱 본 논문은 기재하지 않음`` ...), then bold
  categories (``**Reinforcement Learning**`` 23, ... ``**ETC**`` 103) with plain title bullets (24-105), most followed
  by an indented bullet of backtick tags (``  - `A3C`, `DeepMind & Montreal```).
- ``## :office: NLP`` (107) and later sections: checkbox bullets ``- [x] **<nickname>**; *<title>* (<venue>)
  [paper](url)`` or ``- [ ] *<title>* (...) [paper](url)``, some nested (124-131, references of NPLM, each with a
  Korean remark line), plain citation lines ``<title>, <Authors>, <year> (<venue>)`` (147-153), ``<title> <url>``
  lines (168, 171, 174, 318), bare title lines (186, 314, 316, 346-361), a table ``| institute | subtitle | title |
  journal | published | etc |`` with the title in italics (190-221), ``<Method> Initialization [<title>](url)``
  lines (320-324).

Special cases:
- Titles keep the file's spelling and case: ``Neural Machine Translatoin By ...`` (52), ``True Region Policy
  Optimiation`` (34), ``Meta-leraning curiosity algorithms`` (255), ``Attention Is All You Needs`` (226), all-caps
  titles in the table (193, 196, 197, 220).
- Nicknames glued before a title are dropped: ``LSTM-SAE`` (104, 346), ``C3D`` (105, 348), ``Seq2Seq`` (357),
  ``self-attention on classification - `` (361); the Korean affiliation ``(몬트리홀 대학)`` after 355 and the venue
  ``, ACL`` after 239 are not part of the title.
- 151 ``SQuad: 100,000+ questions ...`` has a comma inside the title (split on the authors, not the first comma).
- 351-352: one title wrapped over two lines (``... Sparse Data for the`` / ``Language Model Component ...``).
- 335 ``  - Full Paper: *Training Very Deep Networks* [link](...)`` under 334 (Highway Networks) names another
  paper: its own entry.
- 240 ``Kelvin Guu의 REALM, ACL`` names a paper by author and model only: an entry with no title.
- 257-265 (``### Curiosity Algorithms``): to-read checkboxes naming a method and citing papers by author-year only,
  e.g. 259 ``Generating goals (Srivastava et al., 2013; Kulkarni et al., 2016)``: one entry per cited paper, no title
  (12 entries on 9 lines).
- Not entries: the Korean notes (19-21, 233 ``...님 연구 추적``, 350 ``n-gram 관련 논문``), bare topic words (115
  ``Wordpiece``, 117, 119, 306-312 ``Batch Normalization`` / ``Lipschitz gradient`` / ..., 326 ``Nesterov Optimizer
  (Optimization류 논문들)``, 328 ``weight_standardization``), the blog URL 254, the research-direction bullets
  268-278 (``AutoML Style Approach``, ``Agent57 (DeepMind)``), the Korean NPLM reference headers 123/130, tag
  bullets, the ``[In Wikipedia]`` (111) and ``[Huffon님 소개자료]`` (242) links, the Google Scholar link 331.
- Many papers recur (the 2020 list repeats papers of the later sections): every mention is its own entry.

Decisions:
- Entry = every line that names a paper as described above; its span runs over the more-indented non-entry lines
  below it (tags, Korean remarks, links).
- Title = italic text when the line has one (``*...*``), else the link text, else the plain text before the
  authors / URL / venue; nickname prefixes dropped as listed.  ids come from each line's own link.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "jinmang2__Awesome-Papers__README@b4e4083.md"
PART = "wild62_held_out"

ITALIC = re.compile(r"\*([^*]+)\*")
BOLD = re.compile(r"\*\*[^*]*\*\*")
LINK = re.compile(r"\[([^\]]+)\]\(")
# Lines written by hand: line -> (last line, [titles]).
BY_HAND = {
    104: (104, [("Unsupervised Pre-training of a Deep LSTM-based Stacked Autoencoder for Multivariate Time Series"
                " Forecasting Problems")]),
    105: (105, ["Learning Spatiotemporal Features with 3D Convolutional Networks"]),
    147: (147, ["A large annotated corpus for learning natural language inference"]),
    149: (149, ["A board-coverage challenge corpus for sentence understanding through inference"]),
    151: (151, ["SQuad: 100,000+ questions for machine comprehension of text"]),
    153: (153, ["introduction to th conll-2003 shared task: language-independent named entity recognition"]),
    168: (168, ["Stochastic Answer Networks for Machine Reading Comprehension"]),
    171: (171, ["Enhanced LSTM for Natural Language Inference"]),
    174: (174, ["Deep Semantic Role Labeling: What Works and What’s Next"]),
    186: (186, ["Word Representations: A Simple and General Method for Semi-Supervised Learning"]),
    239: (239, ["Real-Time Open-Domain Question Answering with Dense-Sparse Phrase Index"]),
    240: (240, [None]),
    255: (255, ["Meta-leraning curiosity algorithms"]),
    256: (256, ["Rapid Learning or Feature Reuse? Towards Understanding the Effectiveness of MAML"]),
    257: (257, [None]),
    258: (258, [None]),
    259: (259, [None, None]),
    260: (260, [None, None]),
    261: (261, [None]),
    262: (262, [None, None]),
    263: (263, [None]),
    264: (264, [None]),
    265: (265, [None]),
    314: (314, ["Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift"]),
    316: (316, ["How Does Batch Normalization Help Optimization?"]),
    318: (318, ["Layer Normalization"]),
    346: (346, [("Unsupervised Pre-training of a Deep LSTM-based Stacked Autoencoder for Multivariate Time Series"
                " Forecasting Problems")]),
    348: (348, ["Learning Spatiotemporal Features with 3D Convolutional Networks"]),
    351: (352, [("Estimation of Probabilities from Sparse Data for the Language Model Component of a Speech"
                " Recognizer")]),
    353: (353, ["Interpolated estimation of Markov source parameters from sparse data"]),
    355: (355, ["Pointing the Unknown Words"]),
    357: (357, ["Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation"]),
    359: (359, ["Real-World Anomaly Detection in Surveillance Videos"]),
    361: (361, ["A Structured Self-Attentive Sentence Embedding"]),
}
NOT_PLAIN = {19, 20, 21}  # Korean note bullets in the 2020 list


def indent(s: str) -> int:
    return len(s) - len(s.lstrip(" "))


def main() -> None:
    lines = read_lines(NAME)
    starts = {}  # line -> titles
    for n, ln in enumerate(lines, 1):
        if n in BY_HAND:
            starts[n] = BY_HAND[n][1]
        elif 7 <= n <= 103 and ln.startswith("- ") and n not in NOT_PLAIN:
            starts[n] = [ln[2:].strip()]
        elif re.match(r"^\s*- \[[ x]\] ", ln) or ln.startswith("| ") and n >= 190 or "Full Paper:" in ln:
            m = ITALIC.search(BOLD.sub("", ln))
            if m:
                starts[n] = [m.group(1).strip()]
        elif re.match(r"^(LeCun|Xavier|He) Initialization \[", ln, re.IGNORECASE):
            starts[n] = [LINK.search(ln).group(1).strip()]
    papers = []
    for n in sorted(starts):
        if n in BY_HAND:
            last = BY_HAND[n][0]
        else:
            last = n
            base = indent(lines[n - 1])
            while last < len(lines):
                nxt = lines[last]
                if last + 1 in starts or not nxt.strip() or indent(nxt) <= base:
                    break
                last += 1
        for t in starts[n]:
            papers.append(entry(lines, n, last, t))
    on = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert len(papers) == 174, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 13
    assert on[7][0]["title"] == "Learning to Learn without Gradient Descent by Gradient Descent"
    assert on[24][0]["end"] == 25 and on[24][0]["title"] == "Asynchronous Methods for Deep Reinforcement Learning"
    assert on[34][0]["title"] == "True Region Policy Optimiation"
    assert on[110][0]["title"] == "A New Algorithm for Data Compression" and on[110][0]["end"] == 111
    assert on[122][0]["end"] == 123 and on[128][0]["end"] == 129, (on[122], on[128])
    assert on[133][0]["arxiv"] == "1301.3781" and on[133][0]["end"] == 135, on[133]
    assert on[190][0]["title"] == "Deep contextualized word representations" and on[190][0]["arxiv"] == "1802.05365"
    assert on[221][0]["title"].startswith("MobileBERT: Task-Agnostic"), on[221]
    assert on[241][0]["end"] == 242 and on[241][0]["arxiv"] == "2004.04906", on[241]
    assert on[283][0]["title"] == "Policy Gradient Methods for Reinforcement Learning with Function Approximation"
    assert on[334][0]["end"] == 334 and on[335][0]["title"] == "Training Very Deep Networks", on[335]
    assert on[335][0]["arxiv"] == "1507.06228", on[335]
    assert on[320][0]["title"] == "Efficient BackProp", on[320]
    assert on[351][0]["end"] == 352, on[351]
    assert len(on[259]) == 2 and len(on[262]) == 2, on[259]
    for n in (19, 115, 123, 130, 233, 254, 268, 278, 306, 326, 328, 331, 350):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line that names a paper: plain title bullets of the 2021/2020 lists (tag sub-bullets in the"
        " span), checkbox bullets '- [x] **nick**; *title* (venue) [paper](url)' (also nested ones and the"
        " 'Full Paper:' sub-bullet), table rows (italic title column), plain citation / 'title url' / bare title"
        " lines and '<X> Initialization [title](url)' lines.  Title = italic text, else link text, else the plain"
        " text before authors/URL/venue, with glued nicknames (LSTM-SAE, C3D, Seq2Seq, 'self-attention on"
        " classification - ') and the Korean affiliation dropped; the file's misspellings kept.  240 (Kelvin Guu의"
        " REALM) and the author-year citations of 257-265 are entries without title (one per cited paper).  Korean"
        " notes, bare topic words, research-direction bullets and blog links are not entries.",
        checked="Read all 361 lines; compared the -v output with every bullet, table row and bare line: spans over"
        " tag/remark lines, the wrapped title 351-352, the comma inside 151, the two-citation lines 259/260/262,"
        " the nested NPLM references, the Full Paper sub-entry 335, and that notes/topic words are absent.",
    )


if __name__ == "__main__":
    main()
