"""Wild27 truth for deeplearning-on-graphs/deeplearning-on-graphs.github.io docs/all_ref.markdown: the whole
bibliography of the Japanese translation site of the book 'Deep Learning on Graphs', written as a
complete HTML document inside a Jekyll '.markdown' page.

Shape: '<html lang="ja">', a <head> with a <style> block and jQuery DataTables scripts, a link back
to the main page ('メインページ'), '<h2>参考文献リスト</h2>', then one <table class="dataframe display">
whose <thead> row has the headers タイトル / 著者名 / 年 / 出版情報 / リンク (not an entry), and 396 body
rows, each exactly
    <tr>
      <td>Title</td>  <td>Authors</td>  <td>Year (with a,b,c suffix)</td>  <td>Publication info</td>
      <td><a href="URL" target="_blank">arxiv|PDF|amazon|...</a>[<br><a ...>]</td>
    </tr>
then a DataTables <script>.  Entry = one body row (its '<tr>' line to its '</tr>' line); title = the
first cell as written (e.g. 'forPolit...' with no space on line 1178, 'Intel ligence' in a venue
cell is not in a title).  Ids come from the link cell: 230 arXiv links; DOIs where the URL holds one
(dl.acm.org/doi/10.1145 and 10.5555, epubs.siam.org/doi, tandfonline doi/pdf, link.springer.com
article/chapter, biorxiv 10.1101, science.org/doi, frontiersin 10.3389 with '/full' dropped).
Not entries (30 rows, NOT_PAPERS): 26 books (24 linked to amazon.co.jp/amazon.com, plus 'Convex
Optimization' on line 267 and the online book 'Monte Carlo Theory, Methods and Examples' on line
1639), an encyclopedia entry ('International encyclopedia of statistical science: Kullback-Leibler
Divergence', line 995), a dataset website (SNAP Datasets, line 1163), course lecture notes ('Sparse
autoencoder', CS294A, line 1569) and a software library (graph-tool, line 1681).  Kept as entries:
book chapters posted as papers or surveys ('Node Classification in Social Networks' on arXiv, line
211; 'Feature Selection for Classification: A Review', line 2115), technical reports and white
papers (NetworkX, line 820; GPT and GPT-2, lines 1751 and 1758), historical papers (Cauchy 1847 with
no year or venue, line 337; Frobenius 1912, line 673; Weisfeiler-Leman 1968 in Russian, line 2437).
Count check: 396 '<tr>' body rows = 366 entries + 30 non-papers.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "deeplearning-on-graphs__deeplearning-on-graphs.github.io__docs__all_ref@fd01dcc.md"
PART = "wild27_development"
NOT_PAPERS = {
    92: "Linear Algebra and Optimization", 99: "Neural Networks and Deep Learning",
    218: "Pattern Recognition and Machine Learning", 239: "Chemical Graph Theory: Introduction",
    246: "Graph Theory with Applications", 267: "Convex Optimization", 274: "The Fourier Transform",
    463: "Spectral Graph Theory", 547: "Deep Learning in Natural Language Processing",
    617: "An Introduction to Probability Theory", 715: "Computers and Intractability", 764: "Deep Learning",
    855: "Data Mining: Concepts and Techniques", 890: "Linear Algebra", 1002: "Speech and Language Processing",
    1009: "Deep Learning for NLP and Speech", 1317: "Computational Methods of Feature Selection",
    1324: "Feature Selection for Knowledge Discovery", 1478: "WordNet", 1548: "Networks: An Introduction",
    1639: "Monte Carlo Theory", 2094: "Introduction To Data Mining", 2199: "Chemical Graph Theory",
    2458: "The Roots of Backpropagation", 2472: "Convolution Transform",
    2654: "Automatic Speech Recognition: A Deep Learning Approach",
    995: "International encyclopedia of statistical science", 1163: "SNAP Datasets",
    1569: "Sparse autoencoder", 1681: "The graph-tool python library",
}


def main() -> None:
    lines = read_lines(NAME)
    body = lines.index("  <tbody>")
    papers = []
    rows = 0
    i = body
    while i < len(lines):
        if lines[i].strip() == "<tr>":
            first = i + 1
            j = i
            while lines[j].strip() != "</tr>":
                j += 1
            cells = [t.strip() for t in lines[i + 1:j]]
            assert len(cells) == 5 and all(c.startswith("<td>") and c.endswith("</td>") for c in cells), first
            rows += 1
            title = cells[0][4:-5]
            if first in NOT_PAPERS:
                assert title.startswith(NOT_PAPERS[first]), (first, title)
            else:
                papers.append(entry(lines, first, j + 1, title))
            i = j
        i += 1
    assert rows == 396, rows
    assert len(papers) == 366, len(papers)
    write_truth(NAME, PART, papers,
                "every body row of the HTML references table is an entry (its <tr> to </tr> lines), title = the"
                " first cell; 26 books, an encyclopedia entry, a dataset website, lecture notes and a software"
                " library (30 rows) are not entries",
                "all 166 rows without an arXiv link read and sorted into papers and non-papers; first and last rows,"
                " a sample of 25 arXiv rows, every DOI-bearing URL form, the rows with two links (218, 764, 1793)"
                " and the historical papers checked against the -v output")


if __name__ == "__main__":
    main()
