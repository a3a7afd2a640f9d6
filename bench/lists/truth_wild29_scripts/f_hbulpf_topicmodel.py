"""Wild29 truth for hbulpf/hnbd_ailab dl/subjects/16_主题模型TopicModel.md: a Chinese 专知荟萃 resource
list on topic models (blogs, papers, tutorials, code, experts).

Shape: plain text lines with almost no Markdown (a few `#` headings, most section names are bare
lines); one resource per line, written "Title 简介/Chinese description 作者：authors URL" with the URL
often glued to the previous word ("...Jordanhttp://...", "Weihttp://..."). Papers and blog posts are
mixed in the same sections.

Entries: each line whose subject is one scholarly paper (28).  Not entries: the table-of-contents
lines 1-13; Wikipedia (17); the Chinese blog posts, translations and e-books (18, 19, 21, 22, 25-30,
34-36, 82); the Tutorials section (courses, blogs, lecture notes, a GitHub tutorial, 73-78); videos and
the 2008 talk (85-87); code (90-98); the experts section (100-112), whose line 112 names a paper only
inline in prose.  Decisions: line 18 (a Chinese translation of Blei's paper posted on cnblogs) is a blog
post, not an entry; lines 23 and 24 name papers in 《》 inside the basic section and are entries even
though line 23 links to an unrelated Google blog URL; line 41 writes the title as "*Title *" (the
closing star follows a space, so it renders literally) and the title is taken without the stars;
lines 80-81 under 综述 are presented as surveys (the links are Blei's talk PDFs) and count as entries;
line 60's record continues with its URL on line 61.  Repeated papers (39/54, 42/59) are separate
entries.  Titles: the paper title as written, up to where the Chinese description, "作者" or the URL
starts, a final "." dropped.  IDs: the helper's; delivery.acm.org URLs (41, 46, 48, 53, 58, 64, 69, 70)
carry an ACM path "10.1145/<n>/<n>/<file>" that is not a DOI, so their DOI is set to null.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "hbulpf__hnbd_ailab__dl__subjects__16_主题模型TopicModel@6c2cbbd.md"
PART = "wild29_development"

RECORDS = [
    (20, 20, "Latent dirichlet allocation"),
    (23, 23, "Supervised topic models"),
    (24, 24, "Fast collapsed gibbs sampling for latent dirichlet allocation"),
    (37, 37, "A correlated topic model of science"),
    (38, 38, "Topic Models over Text Streams: A Study of Batch and Online Unsupervised Learning"),
    (39, 39, "Topical n-grams: Phrase and topic discovery, with an application to information retrieval"),
    (40, 40, "Hierarchical Dirichlet processes"),
    (41, 41, "Modeling online reviews with multi-grain topic models"),
    (42, 42, "A joint model of text and aspect ratings for sentiment summarization"),
    (43, 43, "Comparing twitter and traditional media using topic models"),
    (46, 46, "Multi-modal Multi-view Topic-opinion Mining for Social Event Analysis"),
    (47, 47, "TopicRNN: A Recurrent Neural Network with Long-Range Semantic Dependency"),
    (48, 48, "Cross-media Topic Detection with Refined CNN based Image-Dominant Topic Model"),
    (49, 49, "Gaussian LDA for Topic Models with Word Embeddings"),
    (53, 53, "Topic modeling: beyond bag-of-words"),
    (54, 54, "Topical n-grams: Phrase and topic discovery, with an application to information retrieval"),
    (55, 55, "A topic model for word sense disambiguation"),
    (58, 58, "Topic sentiment mixture: modeling facets and opinions in weblogs"),
    (59, 59, "A joint model of text and aspect ratings for sentiment summarization"),
    (60, 61, "Current State of Text Sentiment Analysis from Opinion to Emotion Mining"),
    (64, 64, "LDA-based document models for ad-hoc retrieval"),
    (65, 65, "Probabilistic Models for Expert Finding"),
    (66, 66, "Thread-based probabilistic models for expert finding in enterprise Microblogs"),
    (68, 68, "Employing Topic Models for Pattern-based Semantic Class Discovery"),
    (69, 69, "Combining Concept Hierarchies and Statistical Topic Models"),
    (70, 70, "An Unsupervised Framework for Extracting and Normalizing Product Attributes from Multiple Web Sites"),
    (80, 80, "Probabilistic Topic Models: Origins and Challenges"),
    (81, 81, "Probabilistic Topic Models"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        assert title in lines[first - 1], (first, title)
        p = entry(lines, first, last, title)
        if "delivery.acm.org/" in "\n".join(lines[first - 1 : last]):
            p["doi"] = None  # ACM delivery path, not a DOI
        papers.append(p)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each plain-text line whose subject is one paper (blogs, translations, e-books, courses, talks, videos,"
        " code and the experts' prose are not); title = the paper title up to the Chinese description, 作者 or"
        " glued URL; delivery.acm.org paths are not DOIs.",
        "Every line of the file read by eye against the output; titles and the two springer chapter DOIs and"
        " the one arXiv id checked.",
    )


if __name__ == "__main__":
    main()
