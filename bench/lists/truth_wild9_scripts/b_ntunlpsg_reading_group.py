"""Wild9 truth for ntunlpsg/ntunlpsg.github.io content/post/reading-group.md: NTU NLP group's reading-group schedule (Hugo post).

Shape: TOML front matter, a few prose sections, then one pipe table per term ('##### 2020 Dec |
...' headings between '---' rules) with columns Date | Topic | Content | Presenter(s) | Time.  The
papers are in the Topic cell: each paper is a link '[Paper](url)' (also '[Paper 1]', '[Paper1]',
'[Paper2]') after the words that name it (ids: each entry's arXiv id from its own link's URL, since
two or three papers can share one line; no DOIs are written), several papers in one cell separated by ',<br>' or ', ';
two rows link the paper's name itself ('[Transformer-XL](arxiv)', '[XL-Net](arxiv)').  The Content
column holds slides ('[Slide]', '[Part 1]'), never papers.

Entry: one per paper link of a Topic cell (a row with two or three links gives two or three
entries on the same line).  Not entries: the row '07-03-2018 | Recurrent Neural Network' (slides
only, no paper), the empty '| | | | | |' filler rows, headings and prose.  TBA rows (papers
scheduled without a date) are entries.  Repeats (RAG on lines 34 and 47) are separate entries.

Title: the words the cell writes before the paper's link, as written, when they render that
paper's own title (in full, e.g. 'Dense Passage Retrieval for Open-Domain Question Answering', or
shortened with the list's abbreviations, e.g. 'NMT of Rare Words with Subword Units', 'Mixture
models for diverse MT', 'Discourse Phenomena in NMT').  null when the words are a model/method
nickname ('GPT', 'XLM', 'BERT', 'Sparse Transformer', 'kNN Language Model', 'Transformer
Network', 'Graph Convolutional Networks', the link texts 'Transformer-XL' and 'XL-Net'), a
topic/task label ('Constituicy Parsing', 'Sampling', 'X-lingual NER', 'Abstractive
Summarization'), a description of the paper's role ('Tree LSTM as an encoder', 'Doubly Recurrent
net as a decoder'), or one label shared by two papers ('Sequence to Sequence Learning [Paper 1],
[Paper 2]', 'Attention Mechanism', 'Adversarial Domain Adaptation', 'Neural MT and Image Caption
Generation', 'Context-Aware Pronoun Translation, and Word Sense Disambiguation Test Suite').
'Pointer Networks' is that paper's real title and is kept.

Counts: 57 paper links in Topic cells (grep of '[Paper...]' / 'Transformer-XL' / 'XL-Net' link
texts), per term: Dec 2020 2, Aug-Nov 2020 13, Jan-May 2020 1, Jun-Dec 2019 9, Jan-May
2019 10 (incl. 3 TBA), 2018 22 (incl. 3 TBA).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "ntunlpsg__ntunlpsg.github.io__content__post__reading-group@9d635bc.md"
LINES = read_lines(NAME)

#: Words before a paper link that are not the paper's title (nickname, topic label, role).
NOT_TITLES = {
    "kNN Language Model", "GPT", "XLM", "Sparse Transformer", "Constituicy Parsing", "Sampling",
    "Transformer-XL", "XL-Net", "Tree LSTM as an encoder", "Doubly Recurrent net as a decoder",
    "BERT", "Graph Convolutional Networks", "Transformer Network", "X-lingual NER",
    "Abstractive Summarization",
}
#: Labels shared by two papers of one cell (each paper null).
SHARED = {
    "Sequence to Sequence Learning", "Attention Mechanism", "Adversarial Domain Adaptation",
    "Context-Aware Pronoun Translation, and Word Sense Disambiguation Test Suite",
    "Neural MT and Image Caption Generation",
}
LINK = re.compile(r"\[(Paper ?\d?|Transformer-XL|XL-Net)\]\(([^)]+)\)")
TERMS = {"2020 Dec": 2, "2020 Aug-Nov": 13, "2020 Jan-May": 1, "2019 Jun-Dec": 9, "2019 Jan-May": 10,
         "2018 March-November": 22}


def main() -> None:
    papers, per_term, term, seen = [], {}, None, set()
    for i, text in enumerate(LINES, 1):
        h = re.match(r"##### (\d{4} [\w-]+)\s+\|", text)
        if h:
            term = h.group(1)
            continue
        if not text.startswith("|") or "](" not in text:
            continue
        topic = text.split("|")[2]
        links = list(LINK.finditer(topic))
        if not links:
            assert "Recurrent Neural Network" in topic, (i, text)  # slides only
            continue
        label_of = []
        prev = 0
        for m in links:
            before = re.sub(r"<br>", " ", topic[prev:m.start()])
            words = re.sub(r"\s+", " ", before).strip(" ,")
            if m.group(1) in ("Transformer-XL", "XL-Net"):
                words = m.group(1)
            label_of.append(words)
            prev = m.end()
        # a label followed by two links: the second link's words are empty
        for k, words in enumerate(label_of):
            if words == "":
                assert label_of[k - 1] in SHARED, (i, label_of)
        for m, words in zip(links, label_of):
            if words == "" or words in SHARED or words in NOT_TITLES:
                title = None
            else:
                title = words
            seen.add(words)
            p = entry(LINES, i, i, title)
            # two or three papers share the line: each takes the id of its own link only
            p["arxiv"], p["doi"] = arxiv_of(m.group(2)), doi_of(m.group(2))
            papers.append(p)
        per_term[term] = per_term.get(term, 0) + len(links)
    assert per_term == TERMS, per_term
    assert len(papers) == 57
    assert NOT_TITLES | SHARED <= seen, (NOT_TITLES | SHARED) - seen
    write_truth(NAME, "wild9_development", papers,
                "one entry per paper link ('[Paper]', '[Paper 1]', '[Paper2]', '[Transformer-XL]', '[XL-Net]') in a"
                " schedule row's Topic cell; title = the words before the link when they render the paper's own"
                " title (full or shortened), null for nicknames, topic labels, role descriptions and labels shared"
                " by two papers; the slides-only RNN row and filler rows are not entries",
                "every row of the six term tables by eye (57 paper links, counted per term with grep), each title"
                " decision against the linked paper, the multi-paper cells (',<br>' and ', ' separated), the TBA"
                " rows, the repeated RAG row, arXiv ids from abs/pdf links")


if __name__ == "__main__":
    main()
