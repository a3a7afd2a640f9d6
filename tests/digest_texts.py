"""Digest texts several test modules use, written once."""

#: Two blockquote-card entries in one section: the smallest digest that reaches Zotero.
TWO_PAPERS = """# Reading Log

## Generation

> **High-Resolution Image Synthesis with Latent Diffusion Models**  
> *CVPR 2022*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Diffusion in a latent space.

> **Scaling Rectified Flow Transformers**  
> *arXiv 2024*, [arxiv](https://arxiv.org/abs/2403.03206)  
> Task: text-to-image generation  
> Rectified flow at scale.
"""
