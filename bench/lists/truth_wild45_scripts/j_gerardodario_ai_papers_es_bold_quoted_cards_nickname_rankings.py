"""Wild45 truth for GerardoDario/ds_ai_clean papers/README.md at commit 0690135 (the last version of the file: the
newest commit 2848931 of the repository keeps only the top-level README.md, the ``papers/`` folder was deleted): a
Spanish page "Papers Fundamentales de IA" (425 lines) of a personal AI-master resources repository, emoji ``##``
topic headings and ``###`` sub-topics, prose and labels in Spanish, paper titles in English.

Shape of the list: 53 paper cards (35-324), each a bullet whose text is the bold quoted title and the year
(``- **"Deep Residual Learning for Image Recognition" (2015)**``), followed by indented sub-bullets: the authors
(``  - He et al.``), a Spanish or English gloss naming the model (``  - ResNet - Skip connections``,
``  - Optimizador Adam``) and most often a link bullet (``  - [ArXiv](https://arxiv.org/abs/1512.03385)``, also
``[Paper]``, ``[JMLR]``, ``[Nature]``, ``[IEEE]``, ``[OpenAI]``, ``[Website]``).  The cards of 35-54 have no link,
the survey cards of 308-324 have no gloss.  Card 289 has a stray quote: ``**"Why Should I Trust You?" Explaining
Predictions of Any Classifier" (2016)**``.  Around the cards: bullets of platforms (8-12), venue names (15-30),
reading strategy (329-344), tips (347-351), tools (356-372), three resources to learn reading papers (376-378), and
three closing lists that point back at cards by short name: "Papers por Nivel" (383-397, ``- AlexNet paper``,
``- Attention Is All You Need (Transformer)``, ``- Meta-learning papers``), a numbered "Top 10" (403-412,
``1. **Deep Residual Learning** (ResNet) - Uno de los más citados en CV``) and "Papers Recomendados" (419-423,
``4. BERT``).

Entries (78): the 53 cards; 376 ``[How to Read a Paper - S. Keshav](...pdf)`` (Keshav's CCR article, a scholarly
paper, unlike the video 377 and the Papers We Love site 378); and every closing-list item that names one paper
(24): 383-386, 389-391, 394-395 (``Variational Autoencoders`` and ``Neural ODEs`` read as the VAE and Neural ODE
papers), 403-412 and 419-423 -- repeats of cards are separate entries.  Not entries: 396 ``Meta-learning papers``
and 397 ``Theoretical ML papers`` (plural, no single work), platforms, venues, tools, the video and the site.
Spans: a card runs from its bold line to its last sub-bullet (the next line is blank); the other entries are one
line.
Titles: the card's text between the first and the last double quote (289 keeps the title's own quotes:
``"Why Should I Trust You?" Explaining Predictions of Any Classifier``), the short forms as written
(``Faster R-CNN: Towards Real-Time Object Detection``, ``BERT: Pre-training of Deep Bidirectional Transformers``);
376 the link text before `` - S. Keshav``; a closing-list item keeps its text when it is a paper's title or a
leading part of it (``Deep Residual Learning``, ``ImageNet Classification``, ``Attention Is All You Need``,
``Generative Adversarial Networks``, ``Playing Atari with Deep RL``), without the nickname in brackets and the
Spanish comment after `` - ``; it is null when the item names the paper only by its model or method
(``AlexNet paper``, ``BERT``, ``VGG``, ``Dropout``, ``Adam Optimizer``, ``Batch Normalization``,
``Variational Autoencoders``, ``Neural ODEs``).
Ids: the arXiv links of the cards' link bullets (``[Paper](https://arxiv.org/abs/1104.3913)`` of 277 too); no DOI
(JMLR, Nature article ids, IEEE document numbers and the NIPS page are not DOIs).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "GerardoDario__ds_ai_clean__papers__README@0690135.md"
PART = "wild45_development"

CARD = re.compile(r'^- \*\*"(.*)" \((\d{4})\)\*\*$')
# closing lists: line -> title (None = named by model/method only)
SHORT = {
    383: None, 384: None, 385: None, 386: None,  # AlexNet / ResNet / YOLO / Word2Vec paper
    389: "Attention Is All You Need", 390: None, 391: "Generative Adversarial Networks",
    394: None, 395: None,  # Variational Autoencoders, Neural ODEs
    403: "Deep Residual Learning", 404: "ImageNet Classification", 405: None,
    406: "Attention Is All You Need", 407: None, 408: None, 409: None,
    410: "Generative Adversarial Networks", 411: None, 412: "Playing Atari with Deep RL",
    419: "ImageNet Classification", 420: "Deep Residual Learning", 421: "Attention Is All You Need",
    422: None, 423: "Playing Atari with Deep RL",
}
NOT_PAPERS = {396, 397, 377, 378}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 426 and lines[-1] == ""
    papers = []
    for i, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        assert 35 <= i <= 324, i
        end = i
        while lines[end].startswith("  - "):
            end += 1
        assert not lines[end].strip(), i
        title = m.group(1)
        if i == 289:  # stray quote: the title's own opening quote is the card's opening quote
            assert title.startswith("Why Should I Trust You?\" ")
            title = '"' + title
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 53, len(papers)
    assert lines[375].startswith("- [How to Read a Paper - S. Keshav](")
    papers.append(entry(lines, 376, 376, "How to Read a Paper"))
    for i, title in SHORT.items():
        ln = lines[i - 1]
        assert re.match(r"^(- |\d+\. )", ln), i
        if title is not None:
            assert title in ln.replace("**", ""), i
        papers.append(entry(lines, i, i, title))
    for i in NOT_PAPERS:
        assert i not in SHORT and not CARD.match(lines[i - 1])
    assert lines[395] == "- Meta-learning papers" and lines[396] == "- Theoretical ML papers"
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[35] == "Computing Machinery and Intelligence" and e[35] == 37
    assert t[59] == "ImageNet Classification with Deep Convolutional Neural Networks" and e[59] == 62
    assert t[242] == "How transferable are features in deep neural networks?" and e[242] == 244
    assert t[289] == '"Why Should I Trust You?" Explaining Predictions of Any Classifier'
    assert t[272] == "Man is to Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings"
    assert t[322] == "Deep Reinforcement Learning: An Overview" and e[322] == 324
    arx = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert arx[64] == "1409.1556" and arx[277] == "1104.3913" and arx[322] == "1701.07274"
    no_link = [p["line"] for p in papers if p["line"] <= 324 and not p["arxiv"]]
    assert no_link == [35, 39, 44, 48, 52, 59, 90, 164, 185, 198, 225, 237, 302], no_link
    assert len(arx) == 40, len(arx)
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 78, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bold quoted-title card (bullet plus its author/gloss/link sub-bullets) is an entry titled by the text "
        "between its first and last double quote (289 keeps its inner quotes); Keshav's 'How to Read a Paper' (376) "
        "and every item of the closing lists Papers por Nivel / Top 10 / Recomendados that names one paper are "
        "one-line entries, titled by their text when it is (a leading part of) a title and null when they name the "
        "paper only by model or method (AlexNet paper, BERT, VGG, Dropout, Adam Optimizer, Batch Normalization, "
        "Variational Autoencoders, Neural ODEs); the plural 'Meta-learning papers'/'Theoretical ML papers', "
        "platforms, venues, tools, the video and the Papers We Love site are not entries; ids from arXiv links only.",
        "Whole 425-line file read against the -v output: all 53 cards (span end at the last sub-bullet, the 13 cards "
        "without an arXiv link, the stray quote of 289, the '?' titles 242/272), the resources 376-378, each of the "
        "26 closing-list items (24 entries, which are null and which keep a short title), and the non-paper bullets "
        "8-30 and 329-372; JMLR/Nature/IEEE/NIPS links checked to give no DOI.",
    )


if __name__ == "__main__":
    main()
