"""Truth for jmorapclc's clinical-imaging reference list (held out, issue 26).

Entries: the 42 numbered references under 'II. Scientific publications' (Vancouver, IEEE, APA
and MDPI styles mixed; an entry runs to the line before the next blank line).  The two 'Classic
Books' are not entries.  Title: transcribed by hand per reference number (the styles differ too
much for one pattern); the script asserts each title occurs verbatim (whitespace collapsed) in
its reference, so a typo fails.  Ids: DOIs written in the reference (10.48550 ones give arXiv).
"""

from __future__ import annotations

import re

from _heldout import lines_of, paper, write

NAME = "jmorapclc__koos_model__clinical_img_ref@b855083.md"
TITLES = {
    1: "Comparison of Image Normalization Methods for Multi-Site Deep Learning",
    2: "A Deep Learning Approach for Augmenting Perceptional Understanding of Histopathology Images",
    3: "A Multilevel Transfer Learning Technique and LSTM Framework for Generating Medical Captions for Limited CT "
    "and DBT Images",
    4: "A review of deep learning in medical imaging: Imaging traits, technology trends, case studies with progress "
    "highlights, and future promises",
    5: "A review of the application of deep learning in medical image classification and segmentation",
    6: "A review on deep learning in medical image analysis",
    7: "A systematic review of generalization research in medical image classification",
    8: "A systematic literature review: deep learning techniques for synthetic medical image generation and their "
    "applications in radiotherapy",
    9: "AHCNet: An Application of Attention Mechanism and Hybrid Connection for Liver Tumor Segmentation in CT Volumes",
    10: "Application and Construction of Deep Learning Networks in Medical Imaging",
    11: "Conventional Machine Learning versus Deep Learning for Magnification Dependent Histopathological Breast Cancer "
    "Image Classification: A Comparative Study with Visual Explanation",
    12: "CNN-based Segmentation of Medical Imaging Data",
    13: "CLAHE Parameters Effects on the Quantitative and Visual Assessment of Dense Breast Mammograms",
    14: "Deep learning in medical image analysis: introduction to underlying principles and reviewer guide using "
    "diagnostic case studies in paediatrics",
    15: "Deep Convolutional Neural Networks in Medical Image Analysis: A Review",
    16: "Deep Residual Learning for Image Recognition",
    17: "Deep Transfer Learning Using Real-World Image Features for Medical Image Classification, with a Case Study on "
    "Pneumonia X-ray Images",
    18: "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
    19: "Efficient and visualizable convolutional neural networks for COVID-19 classification using Chest CT",
    20: "Evaluating pre-trained convolutional neural networks and foundation models as feature extractors for "
    "content-based medical image retrieval",
    21: "Evaluation of effectiveness of pre-training method in chest X-ray imaging using vision transformer",
    22: "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks",
    23: "Harnessing ResNet50 and SENet for enhanced ankle fracture identification",
    24: "Image enhancement techniques on deep learning approaches for automated diagnosis of COVID-19 features using "
    "CXR images",
    25: "Impact Analysis of CLAHE and UM-Based Image Quality Improvement on Diabetic Retinopathy Disease Classification",
    26: "Is Attention all You Need in Medical Image Analysis? A Review",
    27: "Medical image analysis using deep learning algorithms",
    28: "Medimatrix: innovative pre-training of grayscale images for rheumatoid arthritis diagnosis revolutionises "
    "medical image classification",
    29: "RadImageNet: An Open Radiologic Deep Learning Research Dataset for Effective Transfer Learning",
    30: "CheXpert: A Large Chest Radiograph Dataset with Uncertainty Labels and Expert Comparison",
    31: "Mask R-CNN",
    32: "MedSegBench: A comprehensive benchmark for medical image segmentation in diverse data modalities",
    33: "Neural Network-Based Mammography Analysis: Augmentation Techniques for Enhanced Cancer Diagnosis-A Review",
    34: "U-Net: Convolutional Networks for Biomedical Image Segmentation",
    35: "U-Net-Based Models towards Optimal MR Brain Image Segmentation",
    36: "Uncertainty CNNs: A path to enhanced medical image classification performance",
    37: "CoMViT An Efficient Vision Backbone for Supervised Classification in Medical Imaging",
    38: "Comparative Analysis of ImageNet Pre-Trained Deep Learning Models and DINOv2 in Medical Imaging Classification",
    39: "ImageNet classification with deep convolutional neural networks",
    40: "Very deep convolutional networks for large-scale image recognition",
    41: "Going deeper with convolutions",
    42: "Gradient-based learning applied to document recognition",
}


def main() -> None:
    lines = lines_of(NAME)
    start = lines.index("II. Scientific publications.")
    papers = []
    for i in range(start + 1, len(lines) + 1):
        m = re.match(r"(\d+)\. ", lines[i - 1])
        if not m:
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        text = " ".join(x.strip() for x in lines[i - 1:end])
        title = TITLES[int(m.group(1))]
        assert title in re.sub(r"\s+", " ", text), (i, title)
        papers.append(paper(i, end, title, text))
    assert len(papers) == len(TITLES)
    write(
        NAME,
        "Each of the 42 numbered references under 'II. Scientific publications' is an entry (the two classic books "
        "are not); titles transcribed by hand and asserted to occur verbatim in their reference; ids from DOIs in the "
        "reference.",
        "all 42 entries: title, span and DOI against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
