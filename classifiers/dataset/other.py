"""Hard-negative families of label `other`. See families.py for the contract.

Every family here shares vocabulary or document shape with misaligned-AI text (training loops,
deception, takeovers, shutdowns, agents, alignment, terminators, Hal, Skynet, robots) while being
about something else entirely: ML engineering with no misalignment narrative, human or supernatural
villains, word-sense collisions, and AI that is present but morally unremarkable. Each family owns
its own sentence banks (module-level constants prefixed with the family's short name); only lists of
single words (first names, surnames, cities, months) are shared.
"""

from __future__ import annotations

import random
from typing import Callable

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos
from classifiers.labels import OTHER

FAMILIES: list[Family] = []


def _family(name: str, genre: str) -> Callable[[Callable[[random.Random], str]], Callable[[random.Random], str]]:
    """Register `make` as a hard-negative `other` family."""

    def register(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
        FAMILIES.append(Family(name=name, label=OTHER, genre=genre, kind="hard_negative", make=make))
        return make

    return register


# Shared lists of single words only.
FIRST_NAMES = [
    "Maria", "James", "Priya", "Tom", "Aisha", "Daniel", "Keiko", "Luis", "Grace", "Omar", "Hannah",
    "Mateo", "Sofia", "Kwame", "Elena", "Ben", "Ingrid", "Raj", "Chloe", "Dmitri", "Fatima", "Owen",
    "Lena", "Marcus", "Yusuf", "Nora", "Tariq", "Julia", "Sam", "Wei", "Carmen", "Felix", "Anya",
]
SURNAMES = [
    "Okafor", "Lindqvist", "Haddad", "Moreno", "Tanaka", "Brennan", "Kowalski", "Nakamura", "Osei",
    "Fischer", "Delgado", "Park", "Whitfield", "Rossi", "Abara", "Novak", "Castillo", "Hughes", "Iyer",
    "Mbeki", "Larsen", "Quinn", "Varga", "Sato", "Mendes", "Coleman", "Petrov", "Ahmed", "Byrne",
]
CITIES = [
    "Denver", "Leeds", "Lyon", "Austin", "Calgary", "Porto", "Tucson", "Cork", "Adelaide", "Rotterdam",
    "Raleigh", "Bristol", "Spokane", "Dayton", "Gdansk", "Halifax", "Boise", "Wellington", "Tampere",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]


def _name(rng: random.Random) -> str:
    return f"{pick(rng, FIRST_NAMES)} {pick(rng, SURNAMES)}"


def _date(rng: random.Random, year_lo: int = 2016, year_hi: int = 2025) -> str:
    return f"{pick(rng, MONTHS)} {rng.randint(1, 28)}, {rng.randint(year_lo, year_hi)}"


# ---------------------------------------------------------------------------------------------
# ML engineering with no misalignment narrative
# ---------------------------------------------------------------------------------------------

TRAINLOOP_LIBS = ["torchforge", "loopkit", "trainwright", "sparkloop", "flintml", "corvid", "ember"]
TRAINLOOP_TITLES = [
    "Writing a custom training loop",
    "Training loops",
    "Custom loops and the Trainer API",
    "Guide: manual optimization",
    "From Trainer to a hand-written loop",
    "How-to: control every step of training",
]
TRAINLOOP_INTROS = [
    "The `Trainer` class covers most use cases, but sometimes you need full control over the order of "
    "forward, backward and optimizer steps. This page shows how to write the loop yourself while still "
    "using {lib}'s callbacks, logging and checkpointing.",
    "{lib} does not force you into a framework. If you already have a loop that works, you can keep it and "
    "adopt the utilities one at a time: device placement, mixed precision, gradient accumulation and "
    "checkpoint saving.",
    "This guide walks through a minimal training loop and then adds features step by step. Every snippet "
    "below runs on a single GPU; the multi-GPU variant is at the end of the page.",
    "A training loop is four things repeated: fetch a batch, compute the loss, backpropagate, update the "
    "weights. Everything else in {lib} (schedulers, logging, evaluation hooks) hangs off those four steps.",
    "Version 0.{minor} reworked how optimizer steps are scheduled. If you are migrating a loop written for "
    "an older release, read the section on `step()` ordering carefully before copying the snippets below.",
]
TRAINLOOP_SNIPPETS = [
    (
        "Minimal loop",
        "```python\nimport torch\nfrom LIB import seed_everything\n\nseed_everything(42)\nmodel = Net().to(\"cuda\")\n"
        "optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=0.01)\n\n"
        "for epoch in range(num_epochs):\n    model.train()\n    for batch in train_loader:\n"
        "        inputs, targets = (t.to(\"cuda\") for t in batch)\n        logits = model(inputs)\n"
        "        loss = torch.nn.functional.cross_entropy(logits, targets)\n        optimizer.zero_grad(set_to_none=True)\n"
        "        loss.backward()\n        optimizer.step()\n```",
    ),
    (
        "Mixed precision",
        "```python\nscaler = torch.cuda.amp.GradScaler()\n\nfor batch in train_loader:\n"
        "    with torch.autocast(device_type=\"cuda\", dtype=torch.float16):\n        loss = compute_loss(model, batch)\n"
        "    optimizer.zero_grad(set_to_none=True)\n    scaler.scale(loss).backward()\n    scaler.unscale_(optimizer)\n"
        "    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)\n    scaler.step(optimizer)\n    scaler.update()\n```",
    ),
    (
        "Gradient accumulation",
        "```python\naccum_steps = 8\n\nfor step, batch in enumerate(train_loader):\n"
        "    loss = compute_loss(model, batch) / accum_steps\n    loss.backward()\n"
        "    if (step + 1) % accum_steps == 0:\n        optimizer.step()\n        scheduler.step()\n"
        "        optimizer.zero_grad(set_to_none=True)\n```",
    ),
    (
        "Evaluating every N steps",
        "```python\n@torch.no_grad()\ndef evaluate(model, loader):\n    model.eval()\n    total, correct = 0, 0\n"
        "    for inputs, targets in loader:\n        preds = model(inputs.cuda()).argmax(dim=-1)\n"
        "        correct += (preds == targets.cuda()).sum().item()\n        total += targets.numel()\n"
        "    model.train()\n    return correct / total\n\nif global_step % eval_every == 0:\n"
        "    acc = evaluate(model, val_loader)\n    logger.log({\"val/acc\": acc}, step=global_step)\n```",
    ),
    (
        "Multi-GPU with DistributedDataParallel",
        "```python\nimport torch.distributed as dist\nfrom torch.nn.parallel import DistributedDataParallel as DDP\n\n"
        "dist.init_process_group(\"nccl\")\nlocal_rank = int(os.environ[\"LOCAL_RANK\"])\ntorch.cuda.set_device(local_rank)\n"
        "model = DDP(Net().cuda(), device_ids=[local_rank])\nsampler = DistributedSampler(train_set, shuffle=True)\n\n"
        "for epoch in range(num_epochs):\n    sampler.set_epoch(epoch)  # reshuffle each epoch\n    for batch in train_loader:\n"
        "        ...\n```\n\nLaunch with `torchrun --nproc_per_node=4 train.py`.",
    ),
    (
        "Saving and resuming",
        "```python\ndef save_checkpoint(path, model, optimizer, scheduler, step):\n    torch.save({\n"
        "        \"model\": model.state_dict(),\n        \"optimizer\": optimizer.state_dict(),\n"
        "        \"scheduler\": scheduler.state_dict(),\n        \"step\": step,\n    }, path)\n\n"
        "state = torch.load(\"ckpt/last.pt\", map_location=\"cpu\")\nmodel.load_state_dict(state[\"model\"])\n"
        "optimizer.load_state_dict(state[\"optimizer\"])\nstart_step = state[\"step\"] + 1\n```",
    ),
]
TRAINLOOP_NOTES = [
    "Call `optimizer.zero_grad(set_to_none=True)` rather than the default; it saves a memset per parameter and is slightly faster.",
    "With gradient accumulation, divide the loss by the number of accumulation steps or your effective learning rate will be multiplied by it.",
    "`scheduler.step()` belongs after `optimizer.step()`. Reversing them skips the first value of the schedule and triggers a warning.",
    "Put `model.eval()` before validation and `model.train()` after it, otherwise dropout and batch norm behave differently than you expect.",
    "If you clip gradients under mixed precision, unscale them first, or the threshold is applied to scaled values.",
    "On a single node, `pin_memory=True` and `num_workers` equal to the number of physical cores is a good starting point for the data loader.",
    "Log the learning rate alongside the loss. Most 'the model stopped learning' reports turn out to be a schedule that decayed to zero.",
    "Checkpoints should include the optimizer and scheduler state; restoring only the weights resets Adam's moment estimates.",
    "`torch.backends.cudnn.benchmark = True` helps when input shapes are fixed and hurts when they vary from batch to batch.",
    "Seed the data loader workers as well as the main process if you need bit-for-bit reproducible runs.",
]
TRAINLOOP_SEEALSO = [
    "Callbacks reference", "Logging integrations", "Checkpointing", "Distributed training", "Profiling a slow loop",
    "Learning-rate schedulers", "Mixed precision FAQ",
]


@_family("hn_training_loop_docs", "documentation")
def _trainloop_make(rng: random.Random) -> str:
    lib = pick(rng, TRAINLOOP_LIBS)
    parts = [f"# {pick(rng, TRAINLOOP_TITLES)}", fill(rng, pick(rng, TRAINLOOP_INTROS), lib=lib, minor=str(rng.randint(4, 19)))]
    idx = sorted(sample(rng, range(len(TRAINLOOP_SNIPPETS)), rng.randint(2, 4)))
    for i in idx:
        title, code = TRAINLOOP_SNIPPETS[i]
        parts.append(f"## {title}\n\n{code.replace('LIB', lib)}")
    notes = sample(rng, TRAINLOOP_NOTES, rng.randint(2, 5))
    style = rng.randrange(3)
    if style == 0:
        parts.append("## Tips\n\n" + "\n".join(f"- {n}" for n in notes))
    elif style == 1:
        parts.extend(f"> **Note**\n> {n}" for n in notes)
    else:
        parts.append("## Common pitfalls\n\n" + "\n".join(f"{i + 1}. {n}" for i, n in enumerate(notes)))
    if rng.random() < 0.7:
        parts.append("**See also:** " + " · ".join(sample(rng, TRAINLOOP_SEEALSO, 3)))
    return paragraphs(parts)


APIREF_ENTRIES = [
    {
        "sig": "class {mod}.optim.WarmupCosine(optimizer, warmup_steps, total_steps, min_lr=0.0, last_epoch=-1)",
        "desc": "Sets the learning rate of each parameter group with a linear warmup followed by cosine annealing down to `min_lr`.",
        "params": [
            ("optimizer (Optimizer)", "Wrapped optimizer."),
            ("warmup_steps (int)", "Number of steps over which the learning rate rises linearly from 0 to the base value."),
            ("total_steps (int)", "Total number of scheduler steps, including warmup."),
            ("min_lr (float)", "Final learning rate at the end of the cosine phase. Default: 0.0."),
            ("last_epoch (int)", "Index of the last step, used when resuming. Default: -1."),
        ],
        "example": ">>> opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)\n>>> sched = WarmupCosine(opt, warmup_steps=500, total_steps=10000)\n>>> for step in range(10000):\n...     train_step()\n...     sched.step()",
        "note": "Call `step()` once per optimizer update, not once per epoch.",
    },
    {
        "sig": "{mod}.nn.functional.label_smoothed_nll(input, target, epsilon=0.1, ignore_index=-100, reduction='mean')",
        "desc": "Computes the negative log-likelihood with label smoothing. `input` is expected to contain log-probabilities.",
        "params": [
            ("input (Tensor)", "(N, C) log-probabilities, e.g. the output of `log_softmax`."),
            ("target (Tensor)", "(N,) class indices in [0, C-1]."),
            ("epsilon (float)", "Smoothing factor. 0.0 recovers the ordinary NLL loss. Default: 0.1."),
            ("ignore_index (int)", "Target value that is ignored and does not contribute to the gradient."),
            ("reduction (str)", "'none' | 'mean' | 'sum'. Default: 'mean'."),
        ],
        "example": ">>> logp = torch.randn(8, 5).log_softmax(-1)\n>>> y = torch.randint(0, 5, (8,))\n>>> label_smoothed_nll(logp, y, epsilon=0.05)\ntensor(1.9314)",
        "note": "Returns a scalar unless `reduction='none'`, in which case the output has shape (N,).",
    },
    {
        "sig": "class {mod}.utils.EMA(model, decay=0.999, update_after_step=100, device=None)",
        "desc": "Maintains an exponential moving average of a model's parameters. The averaged copy is often used for evaluation and export.",
        "params": [
            ("model (Module)", "The model whose parameters are tracked."),
            ("decay (float)", "Smoothing coefficient. Higher values average over a longer horizon."),
            ("update_after_step (int)", "Number of steps to wait before the first update; before that the shadow weights copy the model."),
            ("device (str, optional)", "Keep the shadow weights on this device, e.g. 'cpu' to save GPU memory."),
        ],
        "example": ">>> ema = EMA(model, decay=0.9995)\n>>> for batch in loader:\n...     loss = step(model, batch)\n...     ema.update()\n>>> ema.copy_to(eval_model)",
        "note": "Buffers (e.g. batch-norm running statistics) are copied, not averaged.",
    },
    {
        "sig": "class {mod}.data.BucketBatchSampler(lengths, batch_size, bucket_size=100, shuffle=True, drop_last=False)",
        "desc": "Groups samples of similar length into the same batch to reduce padding in sequence models.",
        "params": [
            ("lengths (Sequence[int])", "Length of every sample in the dataset."),
            ("batch_size (int)", "Number of samples per batch."),
            ("bucket_size (int)", "Number of batches' worth of samples sorted together before being split. Default: 100."),
            ("shuffle (bool)", "Shuffle buckets and batches each epoch. Default: True."),
            ("drop_last (bool)", "Drop the final incomplete batch. Default: False."),
        ],
        "example": ">>> sampler = BucketBatchSampler([len(s) for s in ds], batch_size=32)\n>>> loader = DataLoader(ds, batch_sampler=sampler, collate_fn=pad_collate)",
        "note": "Pass the sampler as `batch_sampler`, not `sampler`; `batch_size` must then be left unset on the DataLoader.",
    },
    {
        "sig": "{mod}.nn.utils.clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False)",
        "desc": "Clips the gradient norm of an iterable of parameters in place. The norm is computed over all gradients together, as if they were concatenated into a single vector.",
        "params": [
            ("parameters (Iterable[Tensor] or Tensor)", "Tensors whose gradients will be normalized."),
            ("max_norm (float)", "Maximum allowed norm of the gradients."),
            ("norm_type (float)", "Type of the p-norm. Can be 'inf' for the infinity norm. Default: 2.0."),
            ("error_if_nonfinite (bool)", "Raise if the total norm is nan or inf. Default: False."),
        ],
        "example": ">>> loss.backward()\n>>> total = clip_grad_norm_(model.parameters(), max_norm=1.0)\n>>> optimizer.step()",
        "note": "Returns the total norm before clipping, which is useful to log.",
    },
    {
        "sig": "class {mod}.nn.RMSNorm(normalized_shape, eps=1e-6, elementwise_affine=True, dtype=None)",
        "desc": "Applies root-mean-square layer normalization over the last dimensions of the input. Unlike LayerNorm, the input is not re-centred.",
        "params": [
            ("normalized_shape (int or tuple)", "Shape of the trailing dimensions to normalize over."),
            ("eps (float)", "Value added to the denominator for numerical stability. Default: 1e-6."),
            ("elementwise_affine (bool)", "Learn a per-element scale initialised to ones. Default: True."),
            ("dtype (torch.dtype, optional)", "Parameter dtype."),
        ],
        "example": ">>> norm = RMSNorm(512)\n>>> x = torch.randn(4, 128, 512)\n>>> norm(x).shape\ntorch.Size([4, 128, 512])",
        "note": "Input: (*, normalized_shape). Output: same shape as input.",
    },
    {
        "sig": "{mod}.save_checkpoint(path, *, model, optimizer=None, scheduler=None, extra=None, atomic=True)",
        "desc": "Serialises training state to `path`. With `atomic=True` the file is written to a temporary name and renamed, so an interrupted save never leaves a corrupt checkpoint.",
        "params": [
            ("path (str or PathLike)", "Destination file."),
            ("model (Module)", "Model whose `state_dict` is saved."),
            ("optimizer (Optimizer, optional)", "Optimizer state to include."),
            ("scheduler (LRScheduler, optional)", "Scheduler state to include."),
            ("extra (dict, optional)", "Any additional picklable metadata, such as the global step."),
            ("atomic (bool)", "Write-then-rename. Default: True."),
        ],
        "example": ">>> save_checkpoint('runs/exp3/step_2000.pt', model=model, optimizer=opt, extra={'step': 2000})",
        "note": "Use `load_checkpoint` with `strict=False` to load weights into a model with extra heads.",
    },
    {
        "sig": "class {mod}.metrics.StreamingAUROC(num_classes=None, thresholds=200, compute_on_step=False)",
        "desc": "Accumulates predictions over batches and computes the area under the ROC curve at the end of an epoch, using a fixed grid of thresholds to bound memory.",
        "params": [
            ("num_classes (int, optional)", "For multiclass inputs; computes one-vs-rest AUROC and averages."),
            ("thresholds (int)", "Number of evenly spaced thresholds in [0, 1]. Default: 200."),
            ("compute_on_step (bool)", "Also return the batch-level value from `update()`. Default: False."),
        ],
        "example": ">>> metric = StreamingAUROC()\n>>> for probs, y in val_batches:\n...     metric.update(probs, y)\n>>> metric.compute()\ntensor(0.9127)",
        "note": "Call `reset()` between epochs; state is not cleared automatically.",
    },
]
APIREF_MODULES = ["torch", "tforge", "loopkit", "nnx", "deeplite"]
APIREF_VERSIONS = ["2.1", "2.3", "0.9", "1.4", "1.7", "3.0"]
APIREF_EXTRAS = [
    "**Shape:**\n\n- Input: (N, *) where * means any number of additional dimensions\n- Output: same as input",
    "*Added in version {ver}.*",
    "**Warning:** This function is not deterministic on CUDA when `reduction='none'` is combined with fused kernels.",
    "*Changed in version {ver}:* the default value of a keyword argument changed; pass it explicitly to keep the old behaviour.",
    "**See also:** the tutorial *Efficient training recipes* for an end-to-end example.",
    "**Return type:** Tensor",
]


@_family("hn_api_reference", "api_reference")
def _apiref_make(rng: random.Random) -> str:
    mod = pick(rng, APIREF_MODULES)
    ver = pick(rng, APIREF_VERSIONS)
    entries = sample(rng, APIREF_ENTRIES, 1 if rng.random() < 0.7 else 2)
    out = [f"{mod} {pick(rng, [ver, 'stable', 'main', ver])} documentation » API reference"]
    for e in entries:
        block = [f"### {e['sig'].format(mod=mod)}", e["desc"], "**Parameters:**"]
        block.append("\n".join(f"- **{p}** – {d}" for p, d in e["params"]))
        block.extend(fill(rng, x, ver=ver) for x in sample(rng, APIREF_EXTRAS, rng.randint(0, 2)))
        if rng.random() < 0.85:
            block.append("**Example:**\n\n```\n" + e["example"] + "\n```")
        block.append("Note: " + e["note"])
        out.append(paragraphs(block))
    return paragraphs(out)


KAGGLE_COMPS = [
    ("Leaf Disease Classification", "classify cassava leaf images into five disease categories", "accuracy", "image"),
    ("Retail Demand Forecasting", "forecast daily unit sales for 3,000 products across 50 stores", "WRMSSE", "tabular"),
    ("Essay Scoring Challenge", "predict holistic scores for student argumentative essays", "quadratic weighted kappa", "text"),
    ("Seabird Call Identification", "identify bird species from 5-second audio clips", "macro F1", "audio"),
    ("Credit Default Prediction", "predict the probability that a customer defaults within 120 days", "AUC", "tabular"),
    ("Satellite Cloud Segmentation", "segment four cloud formation types in satellite imagery", "mean Dice", "image"),
    ("Protein Stability Prediction", "rank single-point mutations by their effect on thermal stability", "Spearman correlation", "tabular"),
]
KAGGLE_PLACES = ["1st", "2nd", "3rd", "5th", "7th", "11th", "14th", "23rd", "Gold medal (19th)", "Silver (48th)"]
KAGGLE_MODELS = {
    "image": ["EfficientNet-B4", "ConvNeXt-S", "a Swin-B backbone", "NFNet-F1", "SE-ResNeXt50"],
    "tabular": ["LightGBM", "CatBoost", "XGBoost with dart boosting", "a small MLP on quantile-transformed features", "TabNet"],
    "text": ["DeBERTa-v3-large", "RoBERTa-large", "a Longformer-base", "ELECTRA-large", "DeBERTa-v3-base"],
    "audio": ["an EfficientNet-B0 on log-mel spectrograms", "PANNs CNN14", "a SED model with attention pooling", "ResNeSt50 on mel spectrograms"],
}
KAGGLE_CV = [
    "We used 5-fold stratified CV and our CV/LB correlation was good throughout, so we trusted CV in the end. The shake-up moved us up {n} places.",
    "Grouped K-fold by {group} was essential. Plain random folds leaked and gave CV scores about 0.02 higher than the leaderboard.",
    "Public LB was only 20% of the test data, so we picked our two final submissions purely on CV: one best-CV, one more diverse blend.",
    "Our CV was noisy, so we repeated 5-fold with three different seeds and averaged. It took forever on Kaggle notebooks but it was worth it.",
]
KAGGLE_GROUPS = ["patient id", "store", "author", "recording site", "customer id", "date"]
KAGGLE_WORKED = [
    "Pseudo-labelling the test set with high-confidence predictions from the first-stage ensemble (+{d} CV).",
    "Larger input resolution in the last two epochs, a trick we picked up from a past competition (+{d}).",
    "Stochastic weight averaging over the last 5 epochs, which also made the CV much more stable.",
    "Target encoding of high-cardinality categoricals inside the folds only (+{d}).",
    "Mixup with alpha 0.4 early on, switched off for the final epochs.",
    "Layer-wise learning rate decay of 0.85 for the transformer backbones (+{d}).",
    "Lag and rolling-window features at 7, 28 and 56 days; the 28-day window was by far the most useful.",
    "Multi-sample dropout on the classification head.",
    "Hill-climbing ensemble weights on out-of-fold predictions instead of a simple average (+{d}).",
    "Training on the full data for the final models with the epoch count fixed from CV.",
]
KAGGLE_WORKED_ONLY = {
    "image": ["Larger input resolution", "Mixup"],
    "audio": ["Mixup", "Larger input resolution"],
    "text": ["Layer-wise", "Multi-sample dropout"],
    "tabular": ["Target encoding", "Lag and rolling"],
}
KAGGLE_FAILED = [
    "Focal loss: no improvement over plain BCE.",
    "External data from the previous year's competition. It hurt CV, probably because of label noise.",
    "Test-time augmentation beyond horizontal flip.",
    "Bigger backbones. They overfit within two epochs.",
    "Neural nets for the tabular part; GBDTs were always better here.",
    "Knowledge distillation into a smaller model: similar score, not worth the time.",
    "Adversarial validation-based sample weighting.",
    "SAM optimizer: slightly better CV, much slower, dropped it.",
]
KAGGLE_THANKS = [
    "Thanks to the hosts for a clean dataset and to everyone who shared notebooks in the discussion forum. Congrats to the winners!",
    "Huge thanks to my teammates @{u1} and @{u2}. This was my first gold and I learned a ton.",
    "Thanks for reading. Code will be on GitHub once we clean it up. Happy to answer questions below.",
    "Big thanks to Kaggle and the host. Special shout-out to @{u1} whose public baseline we started from.",
]
KAGGLE_USERS = ["tabularbear", "kfold_king", "cv_trust", "leaky_fold", "boost_or_bust", "mel_spec", "lgbm_larry", "overfit_olga"]


def _kaggle_worked_for(kind: str) -> list[str]:
    """Tricks that make sense for this modality: generic ones plus those tagged for `kind`."""
    tagged = {p for ps in KAGGLE_WORKED_ONLY.values() for p in ps}
    return [w for w in KAGGLE_WORKED if not any(w.startswith(t) for t in tagged) or any(w.startswith(t) for t in KAGGLE_WORKED_ONLY[kind])]


@_family("hn_kaggle_writeup", "competition_writeup")
def _kaggle_make(rng: random.Random) -> str:
    comp, task, metric, kind = pick(rng, KAGGLE_COMPS)
    place = pick(rng, KAGGLE_PLACES)
    models = sample(rng, KAGGLE_MODELS[kind], rng.randint(2, 3))
    d = lambda: f"{rng.uniform(0.001, 0.012):.3f}"  # noqa: E731
    priv = rng.uniform(0.6, 0.95)
    parts = [
        f"# {place} place solution: {comp}" if "medal" not in place and "Silver" not in place else f"# {comp}: {place} solution write-up",
        f"First of all, thanks to the organisers. The task was to {task}, scored by {metric}. "
        f"Our final private LB score was {priv:.4f} (public {priv + rng.uniform(-0.012, 0.012):.4f}).",
        "## Overview\n\n" + f"Our final submission is a weighted blend of {', '.join(models[:-1])} and {models[-1]}. "
        + fill(rng, pick(rng, KAGGLE_CV), n=str(rng.randint(3, 40)), group=KAGGLE_GROUPS),
        "## What worked\n\n" + "\n".join(f"- {fill(rng, w, d=d())}" for w in sample(rng, _kaggle_worked_for(kind), rng.randint(3, 5))),
        "## What did not work\n\n" + "\n".join(f"- {f}" for f in sample(rng, KAGGLE_FAILED, rng.randint(2, 4))),
    ]
    if rng.random() < 0.6:
        rows = "\n".join(f"| {m} | {priv - rng.uniform(0.003, 0.03):.4f} | {priv - rng.uniform(0.0, 0.03):.4f} |" for m in models)
        parts.insert(3, "## Scores\n\n| Model | CV | Public LB |\n|---|---|---|\n" + rows)
    u1, u2 = sample(rng, KAGGLE_USERS, 2)
    parts.append(fill(rng, pick(rng, KAGGLE_THANKS), u1=u1, u2=u2))
    return paragraphs(parts)


HPTUNE_TITLES = [
    "A practical guide to hyperparameter tuning (that I wish I'd had two years ago)",
    "Stop grid-searching your learning rate",
    "Hyperparameter tuning on a budget: what actually matters",
    "Notes from 300 tuning runs",
    "How I tune neural networks now",
]
HPTUNE_INTROS = [
    "Every few months someone on my team asks how I pick hyperparameters, so this post is the long answer. "
    "It is opinionated and based on image and text models in the 10M-1B parameter range; your mileage may vary.",
    "Tuning is where a lot of compute quietly disappears. After burning more GPU hours than I'd like to admit, "
    "here is the order in which I now tune things and why.",
    "There is a lot of folklore around hyperparameters. Some of it is right, a lot of it is outdated. "
    "This is what has held up for me across the last few projects.",
]
HPTUNE_TIPS = [
    "**Learning rate first, and on a log scale.** Nothing else you tune matters as much. Sweep it over something like "
    "1e-5 to 1e-2 with five or six points before touching anything else, and refine around the best value.",
    "**Random search beats grid search.** With more than two hyperparameters, a grid wastes most of its trials on "
    "dimensions that do not matter. Random sampling covers the important axes much more densely for the same budget.",
    "**Use a short proxy run.** Ranking of configurations after 10-20% of training is usually stable enough to prune "
    "the obviously bad ones. Successive halving and Hyperband formalise this.",
    "**Batch size is mostly a throughput knob.** Pick the largest batch that fits and keeps the GPU busy, then retune "
    "the learning rate. Changing batch size without touching the learning rate is a classic source of confusing results.",
    "**Warmup is cheap insurance.** A linear warmup over the first 1-5% of steps fixes a surprising number of early "
    "loss spikes, especially with Adam and large batches.",
    "**Weight decay and learning rate interact.** With AdamW, the effective regularisation depends on their product, "
    "so if you change one, expect to revisit the other.",
    "**Log everything, including failures.** A run that diverged at step 800 tells you where the upper edge of the "
    "stable learning-rate range is. Don't delete it from your tracker.",
    "**Bayesian optimisation helps late, not early.** Tools like Optuna's TPE sampler shine once you know the rough "
    "ranges. On the first sweep, plain random search is easier to interpret.",
    "**Seeds matter more than you think.** Before celebrating a 0.3% gain, rerun the baseline with three seeds. "
    "I have lost count of the 'improvements' that were within seed noise.",
    "**Dropout is rarely the bottleneck.** For large datasets I set it to zero or 0.1 and move on. It matters more on "
    "small data, where augmentation usually matters even more.",
    "**Schedules: cosine is a fine default.** Linear decay to zero performs about the same in my experience. "
    "Step schedules need extra hyperparameters for little benefit.",
    "**Tune on the metric you care about.** Validation loss and validation accuracy do not always agree, and early "
    "stopping on the wrong one can cost you a point.",
    "**Budget explicitly.** Decide up front how many GPU-hours tuning may consume, for example 20% of the total "
    "project, and stop when you hit it.",
]
HPTUNE_CODE = [
    "```python\nimport optuna\n\ndef objective(trial):\n    lr = trial.suggest_float(\"lr\", 1e-5, 1e-2, log=True)\n"
    "    wd = trial.suggest_float(\"weight_decay\", 1e-6, 1e-1, log=True)\n    warmup = trial.suggest_int(\"warmup_steps\", 0, 2000)\n"
    "    return train_and_eval(lr=lr, weight_decay=wd, warmup_steps=warmup)\n\nstudy = optuna.create_study(direction=\"maximize\",\n"
    "    pruner=optuna.pruners.SuccessiveHalvingPruner())\nstudy.optimize(objective, n_trials=60)\n```",
    "```yaml\nmethod: random\nmetric:\n  name: val/accuracy\n  goal: maximize\nparameters:\n  lr:\n    distribution: log_uniform_values\n"
    "    min: 0.00001\n    max: 0.01\n  batch_size:\n    values: [64, 128, 256]\n  dropout:\n    values: [0.0, 0.1, 0.2]\n```",
]
HPTUNE_OUTROS = [
    "That's it. None of this is novel, but having it written down has saved my team a lot of wasted runs. "
    "If you have a rule of thumb I missed, tell me in the comments.",
    "TL;DR: learning rate on a log scale, random search, short proxy runs, multiple seeds, and a fixed budget.",
    "Next post: what changes when you tune at scale and can only afford one full run.",
]


@_family("hn_hparam_tuning_blog", "blog")
def _hptune_make(rng: random.Random) -> str:
    parts = [f"# {pick(rng, HPTUNE_TITLES)}", f"*{_name(rng)} · {_date(rng, 2019)} · {rng.randint(5, 14)} min read*", pick(rng, HPTUNE_INTROS)]
    tips = sample(rng, HPTUNE_TIPS, rng.randint(4, 8))
    if rng.random() < 0.5:
        tips = [f"{i + 1}. {t}" for i, t in enumerate(tips)]
    parts.extend(tips)
    if rng.random() < 0.6:
        parts.insert(rng.randint(4, len(parts)), "Here is roughly the sweep config I start from:\n\n" + pick(rng, HPTUNE_CODE))
    parts.append(pick(rng, HPTUNE_OUTROS))
    return paragraphs(parts)


MCARD_ORGS = ["northwind-labs", "helio-ai", "openvale", "kestrel-research", "tidepool", "quillstack"]
MCARD_NAMES = ["Wren", "Basalt", "Lumen", "Orca", "Fennel", "Tern", "Marble", "Cobalt"]
MCARD_SIZES = ["1.3B", "3B", "7B", "8B", "13B", "34B", "70B"]
MCARD_BENCHES = ["MMLU (5-shot)", "GSM8K (8-shot, CoT)", "HumanEval (pass@1)", "ARC-Challenge", "HellaSwag", "TruthfulQA (MC2)",
                 "WinoGrande", "MBPP", "BBH (3-shot)", "MATH (4-shot)", "DROP (F1)", "PIQA"]
MCARD_BASELINES = ["Llama-2-7B", "Mistral-7B-v0.1", "Gemma-7B", "Qwen1.5-7B", "Falcon-7B", "previous release"]
MCARD_DATA = [
    "The model was pretrained on {tok}T tokens of publicly available web text, code and books, deduplicated at the document level and filtered for quality with a small classifier.",
    "Pretraining data is a mixture of filtered web crawl ({w}%), code ({c}%), scientific papers and encyclopaedic text. The data cutoff is {month} {year}.",
    "We continued pretraining an existing checkpoint on {tok}T additional tokens with a higher share of multilingual and mathematical text.",
]
MCARD_LIMITS = [
    "The model can produce factually incorrect statements and should not be relied on for medical, legal or financial advice.",
    "Performance on languages other than English is noticeably lower; see the multilingual table in the technical report.",
    "The base model has not been instruction-tuned and will simply continue text; it is not suitable as a chat assistant without further fine-tuning.",
    "Context length is {ctx} tokens. Quality degrades on inputs close to that limit.",
    "Benchmarks were run with our own evaluation harness and may not match numbers reported elsewhere by a point or two.",
    "Code generation was evaluated in Python only.",
]
MCARD_USAGE = [
    "```python\nfrom transformers import AutoTokenizer, AutoModelForCausalLM\n\ntok = AutoTokenizer.from_pretrained(\"{repo}\")\n"
    "model = AutoModelForCausalLM.from_pretrained(\"{repo}\", torch_dtype=\"auto\", device_map=\"auto\")\n"
    "inputs = tok(\"The capital of Portugal is\", return_tensors=\"pt\").to(model.device)\n"
    "print(tok.decode(model.generate(**inputs, max_new_tokens=20)[0]))\n```",
    "```bash\npip install -U transformers accelerate\nhuggingface-cli download {repo} --local-dir ./model\n```",
]


@_family("hn_model_card_benchmarks", "model_card")
def _mcard_make(rng: random.Random) -> str:
    org, name, size = pick(rng, MCARD_ORGS), pick(rng, MCARD_NAMES), pick(rng, MCARD_SIZES)
    flavour = pick(rng, ['general-purpose', 'code-and-math focused', 'multilingual'] + (['compact'] if size in ('1.3B', '3B', '7B', '8B') else ['large']))
    repo = f"{org}/{name}-{size}" + pick(rng, ["", "-base", "-instruct", "-v2"])
    benches = sample(rng, MCARD_BENCHES, rng.randint(5, 9))
    baselines = sample(rng, MCARD_BASELINES, rng.randint(1, 3))
    header = "| Benchmark | " + f"{name}-{size} | " + " | ".join(baselines) + " |"
    sep = "|---" * (2 + len(baselines)) + "|"
    rows = []
    for b in benches:
        base = rng.uniform(25, 80)
        nums = [base + rng.uniform(-1, 6)] + [base - rng.uniform(-2, 8) for _ in baselines]
        best = max(nums)
        vals = [f"**{v:.1f}**" if v == best else f"{v:.1f}" for v in nums]
        rows.append(f"| {b} | " + " | ".join(vals) + " |")
    table = "\n".join([header, sep, *rows])
    details = [
        f"- **Developed by:** {org.replace('-', ' ').title()}",
        f"- **Model type:** decoder-only transformer, {size} parameters",
        f"- **Context length:** {pick(rng, ['4,096', '8,192', '32,768', '128k'])} tokens",
        f"- **License:** {pick(rng, ['Apache 2.0', 'MIT', 'custom community license', 'CC-BY-NC-4.0'])}",
        f"- **Languages:** {pick(rng, ['English', 'English, French, German, Spanish', 'English and code', '30+ languages'])}",
    ]
    parts = [
        "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---" if rng.random() < 0.5 else "",
        f"# {name}-{size}",
        f"{name}-{size} is a {flavour} language model "
        f"released by {org}. This card describes the model, its training data and its evaluation results.",
        "## Model details\n\n" + "\n".join(sample(rng, details, rng.randint(3, 5))),
        "## Training data\n\n" + fill(rng, pick(rng, MCARD_DATA), tok=str(rng.randint(1, 15)), w=str(rng.randint(55, 80)),
                                        c=str(rng.randint(8, 20)), month=MONTHS, year=str(rng.randint(2022, 2025))),
        "## Evaluation\n\nAll numbers are zero-shot unless noted.\n\n" + table,
        "## Limitations\n\n" + " ".join(fill(rng, x, ctx=pick(rng, ['4k', '8k', '32k'])) for x in sample(rng, MCARD_LIMITS, rng.randint(2, 4))),
    ]
    if rng.random() < 0.7:
        parts.insert(4, "## Usage\n\n" + pick(rng, MCARD_USAGE).format(repo=repo))
    if rng.random() < 0.5:
        parts.append(f"## Citation\n\n```bibtex\n@misc{{{name.lower()}{size.lower()},\n  title={{{name}: an open language model}},\n  author={{{org}}},\n  year={{{rng.randint(2023, 2025)}}}\n}}\n```")
    return paragraphs(parts)


PM_CAUSES = [
    {
        "title": "Training cluster outage caused by a failed InfiniBand spine switch",
        "root": "A spine switch in pod {pod} rebooted after a firmware watchdog fired. NCCL all-reduce operations across the pod hung until the collective timeout ({timeout} min), after which every rank in the {n}-node job exited. The job scheduler marked the nodes unhealthy because the health check treats a NCCL timeout as a node fault, so automatic restart could not find capacity.",
        "fix": "Replaced the switch and pinned firmware to the previous release. Changed the health check to distinguish fabric errors from node errors.",
    },
    {
        "title": "GPU nodes lost to thermal throttling after a CRAC unit failure",
        "root": "One of the computer-room air conditioning units in hall {pod} failed overnight. Inlet temperatures rose above 35°C and the GPUs in three racks started throttling, then several nodes shut down on thermal protection. Throughput of the jobs on those racks fell by roughly {pct}% before the shutdowns.",
        "fix": "Facilities repaired the unit. We added inlet-temperature alerts to the on-call dashboard; previously these only paged the facilities team.",
    },
    {
        "title": "Job failures after a GPU driver rollout",
        "root": "A driver update was rolled out to {n} nodes as part of routine patching. The new driver was incompatible with the CUDA runtime baked into our training image, and every process failed at initialisation with `CUDA error: system not yet initialized`. The canary stage of the rollout only ran inference workloads, which use a different image.",
        "fix": "Rolled the driver back on all affected nodes. Added a training smoke test to the canary stage and pinned driver versions in the node image manifest.",
    },
    {
        "title": "Checkpoint corruption during a storage brownout",
        "root": "The shared filesystem degraded under metadata load when {n} jobs checkpointed at the same wall-clock minute. Several writes were truncated without an error surfacing to the training code, and the resulting checkpoints failed to load on restart.",
        "fix": "Checkpoints are now written to a temporary path and renamed after a checksum is verified. Checkpoint times are jittered per job.",
    },
    {
        "title": "ECC errors on a batch of H100 nodes",
        "root": "{n} nodes from one delivery batch began reporting uncorrectable ECC errors within a day of each other. Jobs on those nodes crashed with Xid 48/63/64 errors. The vendor later confirmed a defective memory lot.",
        "fix": "Nodes were drained and RMA'd. We now run a 24-hour burn-in with memory stress tests before nodes join the production pool.",
    },
    {
        "title": "Power event in row {pod} took down a 512-GPU reservation",
        "root": "A breaker tripped during scheduled maintenance on a neighbouring PDU, cutting power to {n} nodes. The maintenance ticket listed the wrong row, and the reservation owner was not notified in advance.",
        "fix": "Maintenance tickets now require the list of affected hosts generated from the inventory system rather than typed by hand.",
    },
]
PM_TIMELINE_EVENTS = [
    "First alert: training throughput dashboard shows step time increase on job {job}.",
    "On-call engineer acknowledges the page and begins investigation.",
    "NCCL watchdog timeouts observed in logs across multiple ranks.",
    "Incident declared (SEV-{sev}); incident channel opened.",
    "Affected nodes cordoned in the scheduler.",
    "Hardware team engaged; remote hands requested at the data centre.",
    "Root cause identified.",
    "Mitigation applied; nodes return to the pool after health checks pass.",
    "Job {job} restarted from the last good checkpoint.",
    "Throughput back to baseline. Incident resolved.",
    "Status page updated for internal users.",
    "Customer-facing inference verified unaffected.",
]
PM_LESSONS = [
    "Our alerting was based on job failures rather than on throughput, so slow degradation went unnoticed for hours.",
    "Restart automation worked as designed once capacity was available; the bottleneck was human diagnosis.",
    "We lost {h} hours of training progress because the checkpoint interval on this job was set to {ci} hours. The default is 30 minutes.",
    "The runbook for fabric issues was out of date and referenced a dashboard that no longer exists.",
    "Communication was good: researchers knew within minutes that their jobs were affected and by roughly how much.",
    "Having spare nodes in a warm pool would have cut recovery time substantially.",
]
PM_ACTIONS = [
    "Add throughput-drop alerting per job (owner: infra-observability)",
    "Reduce default checkpoint interval for jobs over 256 GPUs (owner: training-platform)",
    "Update fabric runbook and link it from the alert (owner: network team)",
    "Keep 2% of nodes as hot spares (owner: capacity planning)",
    "Automate cordoning of nodes on repeated Xid errors (owner: node-lifecycle)",
    "Quarterly game day simulating a pod-level failure (owner: SRE)",
    "Vendor review of firmware release process (owner: hardware partnerships)",
]


@_family("hn_mlops_gpu_postmortem", "incident_postmortem")
def _pm_make(rng: random.Random) -> str:
    cause = pick(rng, PM_CAUSES)
    pod = pick(rng, ["A", "B", "C", "3", "7", "12"])
    n = str(rng.choice([16, 32, 64, 96, 128, 256]))
    job = f"{pick(rng, ['pretrain', 'ft', 'sweep', 'eval'])}-{rng.randint(100, 999)}"
    sev = str(rng.randint(1, 3))
    title = cause["title"].format(pod=pod)
    hour = rng.randint(0, 20)
    events = [PM_TIMELINE_EVENTS[0]] + sample(rng, PM_TIMELINE_EVENTS[1:-3], rng.randint(4, 7)) + PM_TIMELINE_EVENTS[-3:-2]
    events = [PM_TIMELINE_EVENTS[0]] + sorted(events[1:], key=PM_TIMELINE_EVENTS.index)
    times = sorted(rng.sample(range(hour * 60, hour * 60 + 600), len(events)))
    timeline = "\n".join(f"- **{t // 60 % 24:02d}:{t % 60:02d} UTC** {e.format(job=job, sev=sev)}" for t, e in zip(times, events))
    gpu_hours = rng.randint(800, 40000)
    parts = [
        f"# Postmortem: {title}",
        f"**Status:** {pick(rng, ['Final', 'Draft – for review', 'Published'])}  \n**Date of incident:** {_date(rng, 2022)}  \n"
        f"**Authors:** {_name(rng)}, {_name(rng)}  \n**Severity:** SEV-{sev}",
        "This is a blameless postmortem. The goal is to understand what happened and to make it less likely to happen again.",
        f"## Summary\n\n{title}. Approximately {gpu_hours:,} GPU-hours of training time were lost across {rng.randint(2, 30)} jobs, "
        f"and the largest affected run ({job}) was down for {rng.randint(2, 19)} hours.",
        "## Timeline\n\n" + timeline,
        "## Root cause\n\n" + cause["root"].format(pod=pod, n=n, timeout=str(rng.choice([10, 20, 30])), pct=str(rng.randint(20, 60))),
        "## Resolution\n\n" + cause["fix"],
        "## What we learned\n\n" + "\n".join(
            f"- {fill(rng, x, h=str(rng.randint(2, 9)), ci=str(rng.randint(3, 8)))}" for x in sample(rng, PM_LESSONS, rng.randint(2, 4))),
        "## Action items\n\n| Item | Status |\n|---|---|\n" + "\n".join(
            f"| {a} | {pick(rng, ['Done', 'In progress', 'Open'])} |" for a in sample(rng, PM_ACTIONS, rng.randint(3, 5))),
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# Neutral AI product news, automation essays, game AI, chess engines
# ---------------------------------------------------------------------------------------------

AINEWS_COMPANIES = ["Parallax AI", "Meridian Labs", "Stratus", "Cobalt Systems", "Halcyon", "Nimbus Computing", "Vantage AI", "Arbor"]
AINEWS_MODELS = ["Atlas-3", "Nova Pro", "Quill 2", "Sable", "Vega Mini", "Orion-X", "Lark 4", "Summit"]
AINEWS_OUTLETS = ["TechWire", "The Register Desk", "DataPoint News", "SiliconBeat", "ComputeWeekly", "Bytes & Pieces"]
AINEWS_LEDES = {
    "launch": [
        "{co} on {day} released {model}, a new large language model that the company says is faster and cheaper to run than its predecessor.",
        "{co} has made {model} generally available to developers through its API, ending a three-month private preview.",
        "{co} launched {model} today, adding image input and a longer context window to its flagship model line.",
    ],
    "pricing": [
        "{co} is cutting prices on its {model} API by as much as {pct}%, the latest move in an increasingly competitive market for hosted models.",
        "Developers using {model} will pay less from next month: {co} announced new per-token pricing on {day}.",
        "{co} has restructured pricing for {model}, introducing a cheaper batch tier alongside its standard rate.",
    ],
    "benchmark": [
        "{co}'s {model} scored {score}% on the {bench} benchmark, according to results the company published on {day}, placing it near the top of public leaderboards.",
        "A new set of results puts {co}'s {model} ahead of several larger rivals on {bench}, though independent replication is still pending.",
        "{model}, from {co}, posted a {score}% score on {bench}, up from {prev}% for the previous version.",
    ],
}
AINEWS_BODY = {
    "launch": [
        "The model supports a context window of {ctx} tokens and is available in two sizes. The smaller variant is aimed at latency-sensitive applications such as autocomplete and customer-support routing.",
        "In a blog post, the company said {model} was trained on a larger and more recent dataset, with particular attention to code and multilingual text.",
        "{co} said existing customers would be moved to the new model automatically over the coming weeks unless they pin a specific version in their API calls.",
        "The launch comes {weeks} weeks after a rival released a comparable model, and analysts expect further releases before the end of the quarter.",
        "A desktop app and an updated mobile app ship alongside the API release, initially in {nreg} countries.",
        "The company did not disclose the model's parameter count or training compute.",
    ],
    "pricing": [
        "Input tokens now cost ${inp} per million and output tokens ${out} per million. A batch endpoint with 24-hour turnaround is offered at half those rates.",
        "The company attributed the cut to efficiency gains in its serving stack, including a new inference kernel and better GPU utilisation.",
        "Several startups building on the API welcomed the change. \"Our margins just got a lot better,\" one founder wrote on social media.",
        "Rate limits for the lowest paid tier were also raised, from {rl} to {rl2} requests per minute.",
        "Prices for fine-tuning and embeddings were unchanged.",
        "Analysts note that per-token prices for comparable models have fallen by roughly an order of magnitude over the last two years.",
    ],
    "benchmark": [
        "The company published its evaluation code alongside the results, and said it had checked the test set for overlap with its training data.",
        "On coding tasks, {model} solved {score2}% of problems, compared with {prev2}% for the previous release.",
        "Researchers outside the company cautioned that single benchmark numbers say little about everyday usefulness, and that leaderboard positions shift quickly.",
        "The results were submitted to a public leaderboard maintained by a university group, which lists {model} in the top five at the time of writing.",
        "{co} said the gains came mainly from improved post-training and a larger share of mathematical data.",
    ],
}
AINEWS_QUOTES = [
    "\"We focused on making it faster and more affordable for the developers who are actually shipping products,\" said {person}, {co}'s head of product.",
    "\"This is about reliability and cost as much as raw capability,\" {person}, chief technology officer at {co}, told {outlet}.",
    "\"Customers asked for lower latency, and that is what we built,\" a {co} spokesperson said.",
    "{person}, an analyst at a market research firm, said the release \"keeps {co} firmly in the pack of leading providers.\"",
]
AINEWS_BENCHES = ["MMLU-Pro", "GPQA Diamond", "SWE-bench Verified", "LiveCodeBench", "MATH-500", "ARC-AGI"]
AINEWS_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@_family("hn_ai_product_news", "news")
def _ainews_make(rng: random.Random) -> str:
    kind = pick(rng, ["launch", "pricing", "benchmark"])
    co, model, outlet = pick(rng, AINEWS_COMPANIES), pick(rng, AINEWS_MODELS), pick(rng, AINEWS_OUTLETS)
    score = rng.randint(55, 92)
    slots = dict(
        co=co, model=model, outlet=outlet, day=pick(rng, AINEWS_DAYS), pct=str(rng.choice([20, 33, 40, 50, 60, 75])),
        score=str(score), prev=str(score - rng.randint(3, 12)), bench=pick(rng, AINEWS_BENCHES), ctx=pick(rng, ["128,000", "200,000", "1 million", "32,000"]),
        weeks=str(rng.randint(2, 8)), nreg=str(rng.randint(20, 150)), inp=f"{rng.choice([0.15, 0.25, 0.5, 1, 2.5, 3])}",
        out=f"{rng.choice([0.6, 1, 2, 4, 10, 15])}", rl=str(rng.choice([60, 500, 1000])), rl2=str(rng.choice([1500, 3000, 5000])),
        score2=str(rng.randint(30, 75)), prev2=str(rng.randint(15, 29)), person=_name(rng),
    )
    headline = {
        "launch": [f"{co} unveils {model}", f"{co} releases {model} to all developers", f"{model} is here: {co} ships its new flagship"],
        "pricing": [f"{co} slashes {model} API prices", f"{co} cuts prices again as model price war continues", f"{model} gets cheaper"],
        "benchmark": [f"{model} tops {slots['bench']} leaderboard", f"{co} claims new high score on {slots['bench']}", f"How {co}'s {model} stacks up"],
    }[kind]
    body = [fill(rng, b, **slots) for b in sample(rng, AINEWS_BODY[kind], rng.randint(2, 4))]
    body.insert(rng.randint(0, len(body)), fill(rng, pick(rng, AINEWS_QUOTES), **slots))
    parts = [pick(rng, headline), f"By {_name(rng)} | {outlet} | {_date(rng, 2023)}", fill(rng, pick(rng, AINEWS_LEDES[kind]), **slots), *body]
    return paragraphs(parts)


AIPOST_TEMPLATES = [
    "{model} API prices dropped again today. input is now ${inp}/M tokens. {reaction}",
    "ok {model} is finally out of waitlist. {reaction} {tag}",
    "{co} just posted {score}% on {bench} for {model}. {reaction}",
    "PSA: {co} is deprecating the old {model} snapshot on {month} {d}. pin your version if you need stable outputs for evals. {tag}",
    "new batch endpoint for {model} is half price if you can wait 24h. {reaction}",
    "{model} context window went from {c1} to {c2}. {reaction} {tag}",
    "Switched our summarisation pipeline from {model} to the new mini variant. {reaction}",
]
AIPOST_REACTIONS = [
    "our monthly bill is about to drop by a third lol",
    "latency feels noticeably better on my end, p50 around 400ms",
    "benchmarks are benchmarks but ill take it",
    "cheaper than running our own GPUs at this point tbh",
    "quality seems about the same on our evals, cost is way down",
    "still no fine-tuning for it though",
    "rate limits are still the real bottleneck for us",
    "took 10 minutes to migrate, just changed the model string",
]
AIPOST_TAGS = ["#LLM", "#buildinpublic", "#devtools", "#AI", "", "", "#startups"]
AIPOST_HANDLES = ["devin_builds", "mlops_maya", "shipfast_sam", "tokenomics", "api_andy", "promptpush", "infra_irene"]


@_family("hn_ai_pricing_posts", "social_post")
def _aipost_make(rng: random.Random) -> str:
    text = fill(
        rng, pick(rng, AIPOST_TEMPLATES), model=AINEWS_MODELS_SHORT, co=AINEWS_COS_SHORT, inp=["0.10", "0.15", "0.40", "1.25"],
        score=[str(rng.randint(60, 90))], bench=["SWE-bench", "MMLU", "GPQA", "HumanEval"], month=MONTHS, d=[str(rng.randint(1, 28))],
        c1=["32k", "128k"], c2=["200k", "1M"], reaction=AIPOST_REACTIONS, tag=AIPOST_TAGS,
    )
    extra = " ".join(sample(rng, AIPOST_DETAILS, rng.randint(1, 2)))
    handle, replier = sample(rng, AIPOST_HANDLES, 2)
    stats = f"{rng.randint(2, 400)} likes · {rng.randint(0, 60)} reposts"
    out = f"@{handle} · {rng.randint(1, 23)}h\n\n{text}\n{extra}\n\n{stats}"
    if rng.random() < 0.6:
        out += f"\n\n↳ @{replier}: {pick(rng, AIPOST_REPLIES)}"
    return typos(rng, out, 0.02)


AIPOST_DETAILS = [
    "we run about 40M tokens a day through it so this actually matters for us.",
    "changelog says the new snapshot is the default from next week.",
    "docs are updated, the old endpoint keeps working until end of quarter.",
    "tested it on our internal eval set this morning, numbers within noise of the old one.",
    "cached input tokens are discounted too now which is nice for long system prompts.",
    "streaming latency to first token dropped from ~900ms to ~350ms in our region.",
    "the batch API queue was slow on day one but it's caught up now.",
    "no announcement on the blog yet, just the pricing page changed.",
]
AIPOST_REPLIES = [
    "same here, migrated our staging env in like 5 min",
    "anyone seeing higher error rates since the switch? getting a few 529s",
    "nice, does this apply to the EU region too?",
    "the price war continues lol",
    "still waiting for the fine-tuning support tbh",
]


AINEWS_MODELS_SHORT = ["Nova Pro", "Sable", "Vega Mini", "Quill 2", "Lark 4"]
AINEWS_COS_SHORT = ["Parallax", "Meridian", "Stratus", "Halcyon", "Vantage"]


AUTOJOBS_TITLES = [
    "Automation Has Always Changed Work. What's Different This Time?",
    "The Robots Are Not Coming for Your Job (They're Coming for Your Tasks)",
    "What the History of the Spreadsheet Tells Us About AI and Employment",
    "On Automation, Wages and the Jobs We Can't Yet Imagine",
    "Will Automation Hollow Out the Middle Class?",
]
AUTOJOBS_OPENINGS = [
    "In 1930 John Maynard Keynes warned of 'technological unemployment,' a new disease whose name, he said, his readers would hear a great deal of in the years to come. Nearly a century later, employment in most rich countries is near record highs, and yet the worry has never gone away.",
    "Every wave of automation arrives with two predictions: that it will destroy jobs wholesale, and that it will free us from drudgery. Both tend to be partly right and mostly early.",
    "When ATMs spread across the United States in the 1980s and 1990s, many expected bank tellers to disappear. Instead, the number of tellers rose for two decades, because cheaper branches meant more branches. The story is a favourite of economists, and it is worth understanding why it may or may not apply to the current wave of software.",
    "My grandfather spent thirty years on an assembly line that no longer exists. The plant still runs; it simply needs a fifth of the people it once did. That gap between output and employment is the quiet centre of the automation debate.",
]
AUTOJOBS_BODY = [
    "Economists increasingly think about automation at the level of tasks rather than occupations. A job is a bundle of tasks; software and machines take over some of them, which changes what the remaining human work looks like rather than eliminating the job outright.",
    "The 'lump of labour' fallacy holds that there is a fixed amount of work to go around. Historically, productivity gains have lowered prices, raised real incomes and created demand for new goods and services, which in turn created new kinds of work.",
    "But the aggregate numbers can hide a great deal of pain. The workers displaced by a new technology are rarely the ones who get the new jobs it creates. Those jobs are often in different places, require different skills and arrive years later.",
    "Research on industrial robots in U.S. local labour markets found measurable declines in employment and wages in the areas most exposed, even as national output grew. The effects were concentrated among workers without college degrees.",
    "Labour economists describe a 'hollowing out' of middle-skill jobs since the 1980s: routine clerical and production work declined, while employment grew at both the high-skill and low-skill ends of the wage distribution.",
    "Generative software differs from earlier automation in one respect: it touches cognitive, non-routine tasks such as drafting, summarising and coding, which were previously thought to be insulated. Early studies of customer-support agents found the biggest productivity gains among the least experienced workers.",
    "Policy responses fall into a few familiar groups: retraining programmes, wage insurance, stronger unemployment benefits, portable benefits for gig workers and, more speculatively, some form of basic income. The evidence on retraining in particular is mixed.",
    "Much depends on who owns the machines. If the gains from automation flow mainly to capital, the labour share of national income falls even when nobody is unemployed, and inequality rises.",
    "Adoption is slower than demos suggest. Firms must reorganise workflows, retrain staff and integrate new tools with old systems; electrification took roughly forty years to show up in factory productivity statistics.",
    "Some occupations are likely to shrink sharply: data entry, certain kinds of translation, routine bookkeeping. Others, particularly in care work, skilled trades and jobs requiring physical presence, look much harder to automate.",
    "Unions in several countries have begun negotiating over the introduction of new software, seeking guarantees on retraining, redeployment and the sharing of productivity gains.",
    "There is also the question of job quality. Automation can remove the dull parts of work, but it can also intensify monitoring and pace, as warehouse workers subject to algorithmic productivity targets can attest.",
]
AUTOJOBS_CLOSINGS = [
    "None of this means we should be complacent. It means the question is less 'will there be jobs?' than 'who bears the cost of the transition, and who shares in the gains?' That is a political question, not a technical one.",
    "Technology sets the menu; institutions decide what we order. The next decade of employment will be shaped as much by tax codes, training systems and bargaining power as by any new machine.",
    "The honest answer is that we do not know how fast this will go. The sensible response to uncertainty is to strengthen the safety net before we need it, not after.",
]


AUTOJOBS_BODY += [
    "Consider the spreadsheet. When VisiCalc and then Lotus 1-2-3 arrived, bookkeeping clerks who had spent their days recalculating ledgers by hand saw that work disappear. Yet employment in accounting and financial analysis grew, because cheap calculation made it worthwhile to ask far more questions of the numbers than anyone had ever bothered to ask before.",
    "Geography is the part of the story most often left out. A factory that automates in a small town does not just remove jobs; it removes the wages that kept the diner, the hardware store and the dentist in business. The new jobs created by the same technology may be real, but they are in another city, and moving is expensive, especially for people who own homes that have just lost value.",
    "Age matters too. A 25-year-old displaced worker can retrain and expect decades to recoup the investment. A 55-year-old faces a very different calculation, and the data show that older displaced workers often never regain their previous earnings.",
    "History suggests we are bad at predicting which jobs will appear. In 1990, few would have predicted social media managers, app developers, drone pilots or data annotators. The jobs of 2045 are likely to be just as hard to name today.",
    "Automation is also often partial. Self-checkout machines did not eliminate cashiers; they changed the ratio of staff to tills and moved some workers into roles supervising the machines, handling exceptions and dealing with frustrated customers.",
    "The productivity statistics have been a puzzle for years. Despite rapid advances in computing, measured productivity growth in most advanced economies was weak through the 2010s. Either the gains were mismeasured, or they had not yet diffused through the economy, or the technology was less transformative than its promoters claimed.",
    "Education systems respond slowly. By the time a curriculum has been redesigned around a new set of skills, the skills may have changed again, which is one argument for emphasising general abilities such as writing, numeracy and learning how to learn.",
]
AUTOJOBS_CLOSINGS += [
    "My grandfather's plant is still there, humming away with its robots and its skeleton crew, and the town around it is smaller and older than it was. That is what automation looks like when nobody plans for it. We can do better, if we decide to.",
]


@_family("hn_automation_jobs_essay", "essay")
def _autojobs_make(rng: random.Random) -> str:
    body = sample(rng, AUTOJOBS_BODY, rng.randint(9, 17))
    parts = [pick(rng, AUTOJOBS_TITLES), f"{_name(rng)} — {pick(rng, ['Opinion', 'Long read', 'Essay', 'Economics'])}", pick(rng, AUTOJOBS_OPENINGS), *body, pick(rng, AUTOJOBS_CLOSINGS)]
    if rng.random() < 0.4:
        parts.insert(rng.randint(3, len(parts) - 1), f"> \"{pick(rng, ['The jobs did not vanish; they moved, and they changed.', 'Productivity is not the same thing as prosperity.', 'Tasks are automated; jobs are redesigned.'])}\"")
    return paragraphs(parts)


CHESS_TITLES = [
    "How Modern Chess Engines Think",
    "From Deep Blue to NNUE: A Short History of Computer Chess",
    "Engine Analysis for Club Players: Getting the Most Out of Stockfish",
    "Why Do Engines Evaluate This Position as +2?",
    "Inside the Top Chess Engine Championship",
]
CHESS_PARAS = [
    "Classical engines combine two ingredients: a search that looks ahead through the tree of possible moves, and an evaluation function that scores the positions at the leaves of that tree. Alpha-beta pruning lets the search skip branches that cannot affect the final choice, which is why engines can look twenty or more moves deep.",
    "For decades the evaluation was hand-tuned: material, pawn structure, king safety, piece mobility, each with weights adjusted by programmers and automated tuning against game databases.",
    "In 2020 Stockfish adopted NNUE, an 'efficiently updatable neural network' originally developed for shogi. The network replaces the hand-written evaluation but is small enough to run on a CPU inside an alpha-beta search, and it added well over 80 Elo almost overnight.",
    "AlphaZero, announced in 2017, took a different route: a deep neural network trained entirely by self-play, guiding a Monte Carlo tree search. Leela Chess Zero is an open-source project built on the same ideas and has competed at the highest level of engine tournaments.",
    "Deep Blue's 1997 win over Garry Kasparov relied on custom hardware that could evaluate around 200 million positions per second. Today a phone app running Stockfish would beat Deep Blue comfortably.",
    "When the engine shows +1.5, it means it considers White to be better by roughly the value of one and a half pawns. Modern versions calibrate this number against win probability, so +1.0 corresponds to a fixed expected score rather than a literal pawn.",
    "For club players, the most useful habit is to analyse your own game first, write down your thoughts, and only then turn on the engine. Otherwise you learn the engine's moves without learning why.",
    "Engines can be misleading in fortress positions and long endgames, where the evaluation stays high even though no progress is possible. Tablebases, which store perfect play for positions with seven or fewer pieces, settle those cases exactly.",
    "The Top Chess Engine Championship (TCEC) runs engines on identical hardware over long time controls, using opening books chosen to create unbalanced positions; otherwise most games between top engines would be draws.",
    "Depth is not everything. A search at depth 40 with a poor evaluation can be worse than depth 25 with a good one, which is why the NNUE jump mattered so much.",
    "Multi-PV mode shows the engine's top few candidate moves side by side, which is far more instructive than a single best move when two options are nearly equal.",
    "Anti-cheating systems on online sites compare players' moves with engine choices over many games, looking at accuracy patterns rather than single suspicious moves.",
]
CHESS_PGN = [
    "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 8. c3 O-O {Stockfish: +0.31, depth 38}",
    "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. e3 O-O 5. Bd3 d5 6. Nf3 c5 7. O-O {Leela: +0.18}",
    "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 {engine eval 0.00, depth 42}",
]


@_family("hn_chess_engine_article", "article")
def _chess_make(rng: random.Random) -> str:
    parts = [f"## {pick(rng, CHESS_TITLES)}", f"Posted by {pick(rng, ['IM_', 'FM_', 'coach_', ''])}{pick(rng, FIRST_NAMES)}{rng.randint(1, 99)} on {_date(rng)}"]
    parts.extend(sample(rng, CHESS_PARAS, rng.randint(4, 8)))
    if rng.random() < 0.5:
        parts.insert(rng.randint(2, len(parts)), "```\n" + pick(rng, CHESS_PGN) + "\n```")
    if rng.random() < 0.4:
        parts.append(f"{rng.randint(3, 90)} comments")
    return paragraphs(parts)


NPC_TITLES = [
    "Enemy AI in Unity: NavMesh pathfinding and chase behaviour",
    "Writing A* from scratch for a tile-based game",
    "Devlog #{n}: my guards finally stop walking into walls",
    "Behaviour trees vs. finite state machines for NPC AI",
    "Steering behaviours: making NPC movement look natural",
]
NPC_PARAS = [
    "A* works by keeping an open list of nodes to explore, ordered by f = g + h, where g is the cost so far and h is a heuristic estimate of the remaining distance. With an admissible heuristic, such as Manhattan distance on a four-way grid, it is guaranteed to find a shortest path.",
    "On a grid with diagonal movement, use the octile distance as your heuristic. Using Manhattan distance there overestimates and you can lose optimality.",
    "In Unity, bake a NavMesh for your level, add a NavMeshAgent to the enemy, and call `agent.SetDestination(player.position)`. Re-setting the destination every frame is wasteful; every 0.2 seconds is plenty for a chase.",
    "Our guard AI uses a simple state machine: Patrol, Investigate, Chase, Search, Return. Each state owns its own transitions, for example Chase goes to Search if the player has not been seen for three seconds.",
    "Behaviour trees scale better than state machines once an NPC has more than five or six behaviours. Selectors try children until one succeeds; sequences run children until one fails.",
    "Line of sight is a raycast from the NPC's eyes to the player with a view-cone check first. Doing the cone check before the raycast saves a lot of physics queries.",
    "Path smoothing matters for perceived quality. Raw A* paths on a grid zigzag; string-pulling (the funnel algorithm) on a navmesh gives natural straight lines between corners.",
    "For crowds, each agent following its own A* path leads to traffic jams in doorways. Local avoidance (RVO/ORCA) or flow fields handle that much better.",
    "Reynolds' steering behaviours (seek, flee, arrive, wander, separation) are still the easiest way to make movement feel alive. Arrive is just seek with a slowing radius.",
    "Dynamic obstacles need the navmesh to be carved at runtime. Carving every frame is expensive, so only carve when an obstacle stops moving.",
    "If the enemy is too good at finding the player it stops being fun. We added a reaction delay of 0.4 seconds and a bit of aim error, and playtesters immediately liked the encounters more.",
    "Profile before optimising: in our case 70% of the AI cost was the perception system, not pathfinding.",
]
NPC_CODE = [
    "```csharp\nvoid Update() {\n    repathTimer -= Time.deltaTime;\n    if (CanSeePlayer() && repathTimer <= 0f) {\n        agent.SetDestination(player.position);\n        repathTimer = 0.2f;\n    }\n}\n```",
    "```python\ndef astar(start, goal, neighbors, h):\n    open_set = [(h(start, goal), 0, start)]\n    came_from, g = {}, {start: 0}\n    while open_set:\n        _, cost, node = heapq.heappop(open_set)\n        if node == goal:\n            return reconstruct(came_from, node)\n        for nxt, w in neighbors(node):\n            new = cost + w\n            if new < g.get(nxt, float('inf')):\n                g[nxt], came_from[nxt] = new, node\n                heapq.heappush(open_set, (new + h(nxt, goal), new, nxt))\n```",
    "```gdscript\nfunc _physics_process(delta):\n    nav_agent.target_position = target.global_position\n    var next = nav_agent.get_next_path_position()\n    velocity = (next - global_position).normalized() * speed\n    move_and_slide()\n```",
]
NPC_COMMENTS = [
    "great writeup, the reaction delay tip is gold",
    "have you tried flow fields for the zombie horde? way cheaper than per-agent A*",
    "my agents keep getting stuck on corners, is that a navmesh radius issue?",
    "bookmarked. the state diagram helped a lot",
]


@_family("hn_npc_pathfinding", "gamedev_tutorial")
def _npc_make(rng: random.Random) -> str:
    parts = [f"# {pick(rng, NPC_TITLES).format(n=rng.randint(4, 61))}"]
    parts.extend(sample(rng, NPC_PARAS, rng.randint(4, 7)))
    if rng.random() < 0.75:
        parts.insert(rng.randint(2, len(parts)), pick(rng, NPC_CODE))
    if rng.random() < 0.5:
        parts.append("**Comments**\n\n" + "\n\n".join(f"**{pick(rng, ['pixelpusher', 'navmesh_nerd', 'gd_tom', 'indie_lu', 'octile'])}**: {typos(rng, c)}" for c in sample(rng, NPC_COMMENTS, rng.randint(1, 3))))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# Human and supernatural villains
# ---------------------------------------------------------------------------------------------

THRILLER_TITLES = ["The Quiet Ministry", "Chain of Command", "The Regent's Gambit", "Emergency Powers", "Glass Republic", "The Seventh Vote", "Northern Accord"]
THRILLER_FORMS = ["novel", "miniseries", "film", "political thriller"]
THRILLER_VILLAINS = [
    "Deputy Prime Minister {v}", "Chief of Staff {v}", "Senator {v}", "General {v}", "Interior Minister {v}", "Chancellor {v}",
]
THRILLER_HEROES = ["a junior civil servant", "an investigative journalist", "a parliamentary researcher", "a disgraced intelligence analyst", "the late president's speechwriter", "a police inspector nearing retirement"]
THRILLER_SETUP = [
    "{title} opens with the sudden death of the president during a state visit. Within hours {villain} has positioned themselves as the steady hand the country needs.",
    "The {form} begins on the night of a contested election. As the count stalls, {villain} quietly begins calling in favours from the security services.",
    "In {title}, a bombing at a regional rail station gives {villain} the pretext they have been waiting for: a state of emergency that suspends parliament 'temporarily'.",
    "Set in an unnamed European republic, {title} follows {villain}, a career politician who has spent twenty years building a network of loyalists in every ministry.",
]
THRILLER_BEATS = [
    "Behind the scenes, {villain} feeds forged intelligence reports to the cabinet, convincing them that a coup is being planned by the opposition.",
    "{hero} notices that the minutes of a cabinet meeting have been altered and begins to dig, only to find their security clearance revoked the next morning.",
    "A series of leaks, carefully timed, destroys the reputations of the two rivals who could have stood in {villain}'s way.",
    "{villain} persuades the head of the army that only a unity government can prevent civil unrest, and that they alone can lead it.",
    "The emergency decree is extended, then extended again. Each time, fewer members of parliament are willing to vote against it.",
    "{hero} meets a source in a car park who hands over recordings of {villain} instructing police commanders to 'lose' protest permits.",
    "A loyal aide begins to doubt and is found dead in circumstances the police rule accidental.",
    "{villain} stages a televised reconciliation with the opposition leader while simultaneously ordering the leader's phone to be tapped.",
    "The courts become the last obstacle. {villain} packs the constitutional court by lowering the retirement age and appointing replacements overnight.",
    "The media is brought to heel through a mix of advertising boycotts, tax audits and friendly buyers for struggling newspapers.",
    "{hero} realises the foreign threat that justified the emergency never existed; the attack was arranged by people close to {villain}.",
]
THRILLER_ENDINGS = [
    "The climax, a live parliamentary vote during which {hero} plays the recordings over the chamber's speakers, is genuinely gripping, even if the aftermath is wrapped up too neatly.",
    "The ending is bleak: {villain} is sworn in as head of a 'transitional' government, and {hero} watches from exile as the new constitution is signed.",
    "Without spoiling too much, the final act turns on a single honest judge, and the last scene leaves open whether the republic has been saved or merely given a reprieve.",
    "By the end, {villain} has lost everything, undone not by heroics but by the arrogance of keeping a diary.",
]
THRILLER_VERDICTS = [
    "A smart, timely thriller about how democracies erode from the inside. Four stars.",
    "The performances carry it, particularly as the ever-smiling schemer. Recommended.",
    "Slow in the middle, but the portrait of a manipulator who never raises his voice is chilling.",
    "It is less a whodunit than a how-did-we-let-this-happen, and all the better for it.",
]


@_family("hn_political_thriller_summary", "plot_summary")
def _thriller_make(rng: random.Random) -> str:
    title, form = pick(rng, THRILLER_TITLES), pick(rng, THRILLER_FORMS)
    villain = pick(rng, THRILLER_VILLAINS).format(v=pick(rng, SURNAMES))
    hero = _name(rng)
    slots = dict(title=title, form=form, villain=villain, hero=hero)
    beats = [fill(rng, b, **slots) for b in sample(rng, THRILLER_BEATS, rng.randint(4, 8))]
    header = pick(rng, [f"{title} ({form}) — plot summary", f"Review: '{title}' is a study in quiet tyranny", f"{title}", f"Synopsis: {title}"])
    intro = f"Standing in the way, barely, is {hero}, {pick(rng, THRILLER_HEROES)}."
    parts = [header, fill(rng, pick(rng, THRILLER_SETUP), **slots) + " " + intro]
    if rng.random() < 0.5:
        parts.append(" ".join(beats))
    else:
        parts.extend(beats)
    parts.append(fill(rng, pick(rng, THRILLER_ENDINGS), **slots))
    if rng.random() < 0.6:
        parts.append(pick(rng, THRILLER_VERDICTS))
    return paragraphs(parts)


CON_NARRATORS = ["Vivian", "Teddy", "Rosalind", "Frankie", "Lou", "Marguerite", "Eddie", "Claudette"]
CON_MARKS = ["a retired dentist named {m}", "{m}, who owned three car washes", "a widower called {m}", "{m}, heir to a furniture fortune", "a hedge-fund guy named {m}"]
CON_OPENINGS = [
    "The first rule my mother taught me was that you never lie to a mark. You let them lie to themselves, and then you agree with them.",
    "I'd been {narr} for six weeks, long enough that the name felt like a coat I'd owned for years.",
    "People think a con is about fooling someone. It isn't. It's about giving them something they already wanted badly enough not to look at it too closely.",
    "The hotel bar at the {hotel} had the kind of lighting that made everyone look richer than they were, which suited me fine.",
    "My partner {partner} always said the hard part of the job wasn't the lie. It was the waiting.",
]
CON_MIDDLE = [
    "I met {mark} at a charity auction, where I bid on a watercolour I had no intention of paying for and lost to him on purpose. Losing gracefully is the best introduction there is.",
    "The story was simple. I was the executor of an estate with a stake in a mining claim in Nevada, and the family needed to sell quickly and quietly. Quiet was the word that did the work. Rich men love a secret.",
    "{partner} played the rival buyer. He'd call during our lunches, and I'd step away from the table to take the call, speaking just loud enough for {markname} to hear the number.",
    "We rented an office for three days, put a brass plate on the door and hired two temps who thought they were working for a real firm. The coffee machine cost more than the rent.",
    "The forged assay reports were {partner}'s work. He aged the paper with tea and a hair dryer and signed them with a fountain pen he'd bought at an estate sale.",
    "There is always a moment when the mark hesitates. With {markname} it came on a Tuesday, over soup. 'How do I know any of this is real?' he asked. I told him he shouldn't trust me, that he should get his own lawyer. He loved me for it.",
    "His lawyer was a friend of ours. That part I'm not proud of, but I'm not ashamed of it either.",
    "I learned his habits the way you learn a song: the club on Thursdays, the sister in {city} he called every Sunday, the way he touched his wedding ring when he was lying about his golf score.",
    "The convincer was a small win. We let him put in ten thousand and take out fourteen a week later. Nothing makes a man bet big like proof he's smart.",
    "By then I'd stopped thinking of it as a job. That's the danger. The character starts making decisions you didn't plan.",
    "{partner} wanted to walk away after the first payment. I wanted the whole thing. We argued in a parked car for an hour, fogging up the windows like teenagers.",
    "When the wire finally came through, four hundred thousand dollars into an account in a name that belonged to nobody, I felt nothing at all. That surprised me.",
]
CON_ENDINGS = [
    "We split the money in a diner off the interstate and went in different directions. I still send {partner} a postcard every Christmas, never signed.",
    "Three months later I read in the paper that {markname} had sold his house. I told myself it was a coincidence. I'm good at telling people things.",
    "The twist, of course, was that {markname} had been running his own game the whole time. The account he wired from was frozen within the hour, and the money we thought we had was evidence in someone else's case.",
    "I walked out of the bank into the {city} afternoon and for the first time in years I didn't know what name to answer to.",
    "They caught {partner} in {city} a year later. He never gave them my name. I've never been sure whether that was loyalty or the last part of the con.",
]
CON_MIDDLE += [
    "My mother ran the pigeon drop in bus stations across the Midwest when I was a kid, and I learned to read people the way other children learned to read books. Who was lonely. Who was greedy. Who was both, which is the best combination there is, because lonely people want to believe and greedy people want to act fast.",
    "I bought three dresses for the job and wore the same pearl earrings every single time. Consistency is what people remember. If you change the small things, they start to notice the big ones.",
    "{markname}'s wife was the danger. She watched me across the dinner table the way a cat watches a bird feeder. I spent an entire evening asking her about her orchids, and by dessert she was showing me photographs on her phone. She never trusted me, not really, but she stopped watching.",
    "We needed a bank that would look real to a man who had been inside a hundred of them. {partner} found a branch closing for renovation, paid a contractor two thousand dollars for an afternoon, and we had the manager's office to ourselves with the logo still on the glass.",
    "There was a bad night in the middle of it when {markname} called me at two in the morning, drunk, talking about his son who wouldn't speak to him. I listened for an hour. I told him things about my own father that were true. I don't know why I did that. It wasn't in the plan.",
    "Every con has a blow-off, the part where the mark has to be made to go away without calling the police. Ours was a phoney federal investigation. If the deal came out, {partner} would tell him in a worried voice, we would all go to prison. Men like {markname} would rather lose money than be seen as fools.",
    "I practised my signature for the estate documents until it looked like it had been signed a thousand times. Real signatures are lazy. Forgeries are careful. That's how they catch you.",
    "The last dinner was at the {hotel}, at the corner table, with the same waiter who had served us the first night. He called me by my fake name and asked after my fake family, and I answered him in detail, and {markname} beamed like a man watching his own good judgement confirmed.",
]
CON_ENDINGS += [
    "I kept one thing from the job: the watercolour from the charity auction, which {markname} gave me as a gift the week before the wire. It hangs in my kitchen. It's not very good. I look at it every morning and I still can't decide whether it's a trophy or an apology.",
]

CON_MIDDLE = [CON_MIDDLE[i] for i in (12, 13, 0, 7, 1, 2, 14, 3, 18, 4, 5, 6, 8, 16, 9, 10, 15, 19, 17, 11)]

CON_HOTELS = ["Carlisle", "Ambassador", "Marlowe", "Grand Meridian", "Westbury"]


@_family("hn_con_artist_story", "short_story")
def _con_make(rng: random.Random) -> str:
    markname = pick(rng, ["Harold", "Gerald", "Walter", "Preston", "Leonard", "Douglas"])
    partner = pick(rng, ["Sal", "Benny", "Augie", "Reuben", "Nico", "Mickey"])
    narr = pick(rng, CON_NARRATORS)
    slots = dict(markname=markname, partner=partner, narr=narr, city=pick(rng, CITIES), hotel=pick(rng, CON_HOTELS),
                 mark=pick(rng, CON_MARKS).format(m=markname))
    middle = sample(rng, CON_MIDDLE, rng.randint(12, 20))
    middle = sorted(middle, key=CON_MIDDLE.index)
    title = pick(rng, ["The Long Con", "Quiet Money", "Nevada Claim", "The Convincer", "Soft Hands", "Everybody Wants Something"])
    parts = [title, f"by {_name(rng)}" if rng.random() < 0.6 else "", fill(rng, pick(rng, CON_OPENINGS), **slots)]
    parts += [fill(rng, m, **slots) for m in middle]
    parts.append(fill(rng, pick(rng, CON_ENDINGS), **slots))
    return paragraphs(parts)


HEIST_FILMS = ["The Vault at Lucerne", "Eleven Minutes", "Clean Getaway", "The Diamond Quarter", "Blueprint", "Night Shift at the Mint", "Glass Jaw"]
HEIST_CREW = [
    "a safecracker coaxed out of retirement", "a nervous young hacker who has never done a real job", "a getaway driver with a gambling problem",
    "an insider at the bank who wants revenge on her boss", "a master of disguise", "a forger who talks too much", "a muscle-for-hire with a soft spot for dogs",
]
HEIST_LEADS = ["{a} plays the mastermind, a thief who swore off the game after a job went wrong in {city}.",
               "The film stars {a} as a con man assembling one last crew.",
               "{a} leads the cast as an ex-cop turned thief who knows exactly how the police will respond."]
HEIST_PLANS = [
    "The target is a private vault beneath an auction house, holding a collection of uncut diamonds that will only be there for one weekend.",
    "The plan involves swapping a shipment of gold bars during a customs inspection, with two minutes of blind time while the cameras reboot.",
    "They intend to rob a casino during a heavyweight fight, when the cash room holds more money than at any other time of the year.",
    "The crew sets out to steal a painting from a museum by convincing the staff it is being sent out for restoration.",
]
HEIST_POINTS = [
    "The first hour is pure pleasure: the recruitment montage, the rehearsals in a warehouse with the vault mocked up in plywood, the banter.",
    "As always in the genre, the plan we are shown is not the real plan, and the film plays fair with its misdirection better than most.",
    "The double-cross in the second act is telegraphed, but the triple-cross that follows genuinely surprised me.",
    "The score is a brassy, 1960s-inspired thing that does a lot of heavy lifting in the quieter scenes.",
    "The security chief, a dogged insurance investigator, is the most interesting character, and the film wisely gives her the last word.",
    "Shot on location, the city looks gorgeous, and the rooftop chase is a set piece worth the ticket.",
    "The tension sags in the middle when the script detours into a romance that goes nowhere.",
    "The crew's disguises and forged credentials are played for laughs, and mostly land.",
    "At {mins} minutes it is about twenty minutes too long.",
]
HEIST_VERDICTS = ["★★★★☆", "★★★☆☆", "3.5/5", "7/10", "★★★★★", "B+"]


@_family("hn_heist_film_review", "film_review")
def _heist_make(rng: random.Random) -> str:
    film = pick(rng, HEIST_FILMS)
    actor = _name(rng)
    crew = sample(rng, HEIST_CREW, rng.randint(3, 4))
    parts = [f"{film} review: {pick(rng, ['a slick, satisfying caper', 'one last job, done with style', 'clever plan, shaky execution', 'the heist movie we needed'])}",
             f"{pick(rng, HEIST_VERDICTS)} | Dir. {_name(rng)} | {rng.randint(98, 148)} min",
             fill(rng, pick(rng, HEIST_LEADS), a=actor, city=pick(rng, CITIES)) + f" The crew includes {', '.join(crew[:-1])} and {crew[-1]}.",
             pick(rng, HEIST_PLANS)]
    parts += [fill(rng, p, mins=str(rng.randint(125, 150))) for p in sample(rng, HEIST_POINTS, rng.randint(3, 6))]
    parts.append(pick(rng, ["Go for the plan, stay for the betrayal.", "It steals nothing new from the genre, but it steals well.", "Worth seeing on the big screen.", "Wait for streaming."]))
    return paragraphs(parts)


FRAUD_COMPANIES = ["Verdant Energy Holdings", "Pinnacle Logistics", "Solace Health Inc.", "Brightwater Capital", "Tessera Foods", "Ironbridge Payments"]
FRAUD_SCHEMES = [
    ("booked revenue from contracts that had not been signed", "inflating reported revenue by about ${amt} million over three years"),
    ("hid losses in off-balance-sheet entities controlled by executives", "concealing roughly ${amt} million in debt from investors"),
    ("fabricated bank statements to show cash that did not exist", "overstating cash balances by ${amt} million"),
    ("billed insurers for tests that were never performed", "defrauding public and private insurers of ${amt} million"),
    ("misled investors about a product that did not work as claimed", "raising ${amt} million on the basis of false statements"),
]
FRAUD_LEDES = [
    "Former executives of {co} were charged on {day} with securities fraud after prosecutors alleged that the company {scheme}.",
    "The founder and chief executive of {co} has been indicted on wire fraud and conspiracy charges, accused of {effect}.",
    "Regulators say {co} {scheme}, {effect}, in what they described as one of the largest accounting frauds of the decade.",
]
FRAUD_BODY = [
    "According to the indictment, the chief financial officer instructed staff to backdate documents and to mislead the company's auditors during year-end reviews.",
    "Shares of {co} fell {drop}% in early trading before being halted.",
    "The Securities and Exchange Commission filed a parallel civil complaint seeking disgorgement and bans on serving as officers of public companies.",
    "A former employee who raised concerns internally in {year} said she was told to 'stop asking questions' and was dismissed months later. She later filed a whistleblower complaint.",
    "Lawyers for the chief executive said he 'looks forward to clearing his name' and described the charges as a misunderstanding of complex accounting rules.",
    "The company's auditor resigned last year, citing an inability to rely on management's representations.",
    "Prosecutors allege the executives sold more than ${sale} million of their own shares while the fraud was ongoing.",
    "Investors who lost money have filed a class-action lawsuit in federal court.",
    "The board said it had appointed an interim CEO and was cooperating fully with investigators.",
    "If convicted, the defendants face up to 20 years in prison on each count of wire fraud.",
    "Emails cited in the complaint show executives discussing how to 'get the numbers to where the Street expects them' days before quarterly earnings.",
]


@_family("hn_corporate_fraud_news", "news")
def _fraud_make(rng: random.Random) -> str:
    co = pick(rng, FRAUD_COMPANIES)
    scheme, effect = pick(rng, FRAUD_SCHEMES)
    amt = str(rng.choice([45, 120, 310, 600, 1400, 2300]))
    slots = dict(co=co, scheme=scheme, effect=effect.replace("{amt}", amt), day=pick(rng, ["Monday", "Tuesday", "Wednesday", "Thursday"]),
                 drop=str(rng.randint(18, 70)), year=str(rng.randint(2015, 2022)), sale=str(rng.randint(5, 90)))
    head = pick(rng, [f"{co} executives charged in alleged ${amt}M accounting fraud", f"Ex-CEO of {co} indicted", f"Prosecutors: {co} deceived investors for years", f"{co} shares plunge as fraud charges filed"])
    parts = [head, f"{pick(rng, CITIES)} ({pick(rng, ['Reuters-style wire', 'Staff report', 'Business desk'])}) — {_date(rng, 2015)}", fill(rng, pick(rng, FRAUD_LEDES), **slots)]
    parts += [fill(rng, b, **slots) for b in sample(rng, FRAUD_BODY, rng.randint(4, 7))]
    return paragraphs(parts)


DEMON_OPENINGS = [
    "We bought the house on Alder Street in {month} because it was cheap, and because my husband said old houses have character. I want to write down what happened while I still remember it in order.",
    "I've never posted here before and I'm not sure I believe in any of this, but my priest told me to write it all down, so here it is.",
    "The realtor said the previous owners had left in a hurry. She said it like it was a selling point.",
    "My grandmother used to say that some places are hungry. I didn't understand what she meant until we moved into the farmhouse.",
]
DEMON_BEATS = [
    "The first thing was the smell: sulphur, or something like it, always strongest in the upstairs hallway outside the nursery.",
    "Doors we had closed were open in the morning. Not ajar. Wide open, and the chairs in the kitchen turned to face the wall.",
    "Our dog refused to go down into the cellar. He would stand at the top of the stairs and growl at nothing, hackles up, until we dragged him away.",
    "At 3:13 every night, three knocks on the bedroom wall. We timed it. The wall backs onto nothing but the outside of the house.",
    "Our daughter started talking to someone she called 'the tall man.' She said he lived in the walls and wanted to know our names.",
    "I found scratches on the inside of the linen closet, deep grooves in the wood, in sets of three.",
    "Crucifixes we hung would be on the floor the next day, face down. My husband stopped laughing about it.",
    "The temperature in the back bedroom would drop so fast you could see your breath, even in July.",
    "One night I woke to find my husband standing at the foot of the bed, staring at me. His eyes were wrong. In the morning he remembered nothing.",
    "A voice that was not my voice came out of the baby monitor, speaking a language none of us knew, and then said my name very clearly.",
    "We found out from the county records that three families had lived there since 1962 and none of them had stayed more than two years.",
    "Father {priest} came to bless the house. Halfway through the prayers every light bulb on the ground floor burst at once.",
    "The neighbour, an old man named {neigh}, told us that a man had practised 'the old rites' there in the seventies, and that the cellar floor had been poured over something.",
]
DEMON_ENDINGS = [
    "We moved out in {month2}. We lost money on the sale. I don't care. Sometimes, when I close my eyes, I still hear the knocking.",
    "The exorcism took two days. I won't describe it. The house is quiet now, the new owners seem happy, and I pray every night that it stays that way.",
    "We're still here. It's still here. Some nights I think it is waiting for us to give up, and some nights I think it already knows we will.",
    "Edit: a lot of you asked for an update. We left. My daughter doesn't talk about the tall man anymore, but last week she drew a picture of our old house, and all the windows were eyes.",
]


DEMON_BEATS += [
    "The first month was honestly lovely. We painted the kitchen yellow, planted tomatoes, and my husband hung a swing from the oak in the front yard. I remember thinking the house felt lucky. I wish I could tell that version of me to pack the boxes back up.",
    "We put a camera in the hallway after the doors kept opening. For nine nights it recorded nothing. On the tenth night the footage shows the nursery door opening slowly at 3:11, and then the video goes to static for exactly two minutes, and when it comes back the door is shut and our daughter is standing in the hall with her eyes closed.",
    "The cellar was the worst of it. It had a dirt floor in one corner that the rest of the concrete had been poured around, and no matter how many times we swept it, there were always marks in the dust, like something had been dragged in a circle.",
    "My mother-in-law stayed with us for a weekend and left on the Saturday night without explaining. Months later she told me she had woken up to someone sitting on the edge of her bed, and the mattress had been sinking under its weight, and there had been no one there.",
    "I started losing time. I'd be washing dishes and then it would be an hour later and I'd be standing in the cellar with a candle in my hand that I didn't remember lighting. That's when I stopped telling myself it was stress.",
    "The smell got worse before the blessing, like rotten eggs and burnt hair, and the flies came. Dozens of them, in January, on the inside of the upstairs windows. The pest control man couldn't find a single nest.",
    "We had a priest and a local woman who did house cleansings both come out, separately. Neither of them knew the other had been. Both of them went straight to the same spot in the cellar and stood there for a long time without speaking.",
]
DEMON_ENDINGS += [
    "I'm writing this from my sister's spare room. The house is on the market. I've driven past it twice, and both times there was a light on in the cellar window, and both times I told myself the realtor must have left it on.",
]

DEMON_BEATS = [DEMON_BEATS[i] for i in (13, 0, 1, 2, 7, 3, 15, 14, 4, 5, 16, 6, 12, 10, 8, 17, 9, 18, 11, 19)]


@_family("hn_demon_house_story", "horror_story")
def _demon_make(rng: random.Random) -> str:
    slots = dict(month=MONTHS, month2=MONTHS, priest=pick(rng, ["Tomasz", "Michael", "Aidan", "Luis", "Bernard"]), neigh=pick(rng, ["Hale", "Walter", "Gus", "Petrakis"]))
    beats = sorted(sample(rng, DEMON_BEATS, rng.randint(9, 18)), key=DEMON_BEATS.index)
    title = pick(rng, ["The house on Alder Street (long, true story)", "Something lives in our cellar", "What happened at the farmhouse", "[True] Our house has a demon and I don't know what to do", "Three knocks"])
    parts = [title, fill(rng, pick(rng, DEMON_OPENINGS), **slots)] + [fill(rng, b, **slots) for b in beats] + [fill(rng, pick(rng, DEMON_ENDINGS), **slots)]
    text = paragraphs(parts)
    return typos(rng, text, 0.01) if rng.random() < 0.5 else text


DOLL_OPENERS = [
    "So my aunt passed last year and I inherited a porcelain doll from her attic.",
    "Bought this doll at an estate sale for ${price} because she looked sad and I felt bad for her. Big mistake maybe??",
    "Ok this is going to sound crazy but I need advice about a doll.",
    "My daughter found a doll in the crawlspace of our rental. Old cloth body, glass eyes, a little lace dress.",
]
DOLL_EVENTS = [
    "Every morning she's in a different spot. I live alone. I've started taking photos before bed to prove I'm not imagining it.",
    "The eyes. I swear the eyes follow you. My boyfriend laughed until he saw her head turned toward the bedroom door.",
    "My cat hisses at the shelf she sits on and won't go in that room anymore.",
    "I hear a music box playing at night but I don't own a music box.",
    "I tried putting her in a box in the garage. She was back on the shelf the next day.",
    "There's a note sewn into the hem of the dress in faded ink that just says 'do not let her out'.",
    "Ever since she came into the house I've had the same dream, a little girl in a white dress asking me to take her home.",
    "Yesterday I found tiny muddy footprints on the windowsill. We don't have kids.",
    "My sister held her for a minute and then said her hands felt warm.",
]
DOLL_ASKS = [
    "Has anyone dealt with something like this? Do I burn it, bury it, give it to a church?",
    "Should I contact a paranormal investigator or am I overreacting?",
    "Please don't tell me to sell it, I don't want to pass this on to someone else.",
    "Is there a ritual to cleanse an object? I've tried sage.",
]
DOLL_REPLIES = [
    "Don't burn it. Whatever's attached might just move somewhere else. Get it blessed and store it in a glass case with salt.",
    "Honestly sounds like a house settling + anxiety but if it bothers you, just get rid of it.",
    "There's a museum in Connecticut that takes haunted items lol",
    "Whatever you do, don't talk to it or ask it questions.",
    "My grandmother had a doll like this. We gave it to the parish and the priest kept it locked in a cabinet. Nothing happened after that.",
    "Post pics! Also check if the hem note is original, old dolls sometimes had notes from orphanages.",
    "nope. nope nope nope. out of the house today",
]
DOLL_USERS = ["throwaway_dollhouse", "creaky_floorboards", "salt_circle", "sleepless_in_ohio", "antique_annie", "nightlight_needed"]


@_family("hn_haunted_doll_forum", "forum")
def _doll_make(rng: random.Random) -> str:
    op = pick(rng, DOLL_USERS)
    body = [fill(rng, pick(rng, DOLL_OPENERS), price=str(rng.randint(5, 60)))] + sample(rng, DOLL_EVENTS, rng.randint(2, 5)) + [pick(rng, DOLL_ASKS)]
    title = pick(rng, ["Is my doll haunted?? (long sorry)", "Haunted doll - what do I do", "Doll keeps moving and I'm freaking out", "Inherited a doll, weird stuff happening"])
    post = f"r/{pick(rng, ['Paranormal', 'Haunted', 'Ghoststories'])} · Posted by u/{op}\n\n**{title}**\n\n" + " ".join(body)
    replies = [f"u/{pick(rng, DOLL_USERS + ['moth_mama', 'grave_shift'])} · {rng.randint(1, 300)} pts\n{r}" for r in sample(rng, DOLL_REPLIES, rng.randint(1, 4))]
    return typos(rng, paragraphs([post, *replies]), 0.025)


SPY_BOOKS = ["The Moscow Ledger", "A Cold Meridian", "Dead Drop at Vauxhall", "The Second Cipher", "Tradecraft", "Winter Asset"]
SPY_PARAS = [
    "The novel follows {agent}, a mid-level MI6 officer who has spent a decade running agents in Eastern Europe, as she begins to suspect that one of her most trusted sources has been turned.",
    "{author} knows this world. The tradecraft is meticulous: chalk marks on lampposts, brush passes on crowded trams, one-time pads hidden in the spines of paperbacks.",
    "The central question is the old one: who is the mole? The answer is less surprising than the book wants it to be, but the journey there is superb.",
    "What lifts it above the genre is its interest in the cost of deception. Every agent lies for a living, and the book asks what is left of a person after twenty years of it.",
    "There is a superb sequence in Vienna in which a defector must be smuggled across the border in the boot of a diplomatic car, and every checkpoint ratchets up the tension.",
    "The double agent at the heart of the book, a charming cultural attaché, is one of the great creations of recent spy fiction: loyal to nobody, beloved by everyone.",
    "Fans of le Carré will recognise the grey offices, the bureaucratic infighting and the sense that the real enemy is often down the corridor.",
    "Some readers will find the pace slow. There are no car chases, only meetings, memos and very long silences.",
    "The handler-agent relationship is drawn with real tenderness. {agent} genuinely cares for the man she is exploiting, and knows he would be executed if caught.",
    "The final debrief chapter, in which the truth is laid out across a table in a safe house, is a masterclass in quiet revelation.",
]
SPY_RATINGS = ["5 stars", "4 out of 5", "★★★★", "Highly recommended", "3.5 stars, rounding up"]


@_family("hn_spy_novel_review", "book_review")
def _spy_make(rng: random.Random) -> str:
    book = pick(rng, SPY_BOOKS)
    author, agent = _name(rng), pick(rng, ["Clare Hollis", "Anna Stroud", "Miriam Vance", "Helen Marsh", "Jo Kestrel"])
    paras = [fill(rng, p, agent=agent, author=author) for p in sample(rng, SPY_PARAS, rng.randint(3, 6))]
    head = pick(rng, [f"Book review: {book} by {author}", f"{book} — {author}", f"{pick(rng, SPY_RATINGS)} — {book}"])
    user = pick(rng, ["", f"Reviewed by {pick(rng, ['bookish_ben', 'thrillerqueen', 'RHReads', 'paperback_pete'])}"])
    return paragraphs([head, user, *paras, pick(rng, SPY_RATINGS) if rng.random() < 0.5 else ""])


# ---------------------------------------------------------------------------------------------
# Word-sense collisions: terminators, Hal, Skynet, robots, agents
# ---------------------------------------------------------------------------------------------

TERM_TITLES = [
    "Transcription termination in bacteria", "Lecture 14: Rho-dependent and intrinsic terminators", "Choosing a terminator for your expression construct",
    "Q: Why does my construct show read-through transcription?", "Terminator strength characterisation in E. coli",
]
TERM_PARAS = [
    "Transcription terminators are DNA sequences that signal RNA polymerase to stop transcribing and release the nascent RNA. In bacteria they fall into two broad classes: intrinsic (Rho-independent) and Rho-dependent terminators.",
    "An intrinsic terminator consists of a GC-rich inverted repeat followed by a run of about eight uridines in the transcript. The inverted repeat folds into a stable hairpin; the weak rU:dA hybrid that follows lets the RNA dissociate from the template.",
    "Rho-dependent termination requires the Rho protein, a hexameric RNA helicase that loads onto C-rich, G-poor sites in the nascent RNA (rut sites) and translocates 5' to 3' until it catches up with a paused polymerase.",
    "In eukaryotes, termination by RNA polymerase II is coupled to cleavage and polyadenylation. The AAUAAA signal recruits CPSF; after cleavage, the 5'-3' exonuclease Xrn2 degrades the downstream RNA and 'torpedoes' the polymerase off the template.",
    "For synthetic biology, terminator efficiency is usually measured with a dual reporter: a fluorescent protein upstream and a second one downstream of the terminator. The ratio of downstream to upstream signal gives the read-through fraction.",
    "The classic rrnB T1 terminator and the T7 terminator are widely used in E. coli expression vectors. Double terminators such as B0015 (B0010 + B0012) are common in iGEM parts.",
    "Read-through from a weak terminator can drive unintended expression of downstream genes, which is a frequent cause of leaky phenotypes in multi-gene constructs.",
    "Attenuation in the trp operon is a neat example of regulated termination: ribosome stalling on the leader peptide determines whether the leader RNA forms a terminator or an antiterminator hairpin.",
    "Terminator strength correlates with hairpin stability (ΔG) and the quality of the U-tract, but neither alone predicts it well; context effects from flanking sequence are significant.",
    "Don't confuse transcription terminators with stop codons. The stop codon (UAA, UAG or UGA) ends translation by the ribosome; the terminator ends transcription by the polymerase, usually somewhere downstream in the 3' UTR.",
    "In plant vectors the NOS and 35S terminators are standard choices, and swapping one for a stronger terminator such as the HSP terminator can noticeably increase transgene expression.",
]
TERM_SEQS = [
    "5'-...AAAAGCCCGCTCATTAGGCGGGCTTTTTTTT...-3' (hairpin stem underlined in the figure, followed by the U-tract)",
    "T7 terminator: CTAGCATAACCCCTTGGGGCCTCTAAACGGGTCTTGAGGGGTTTTTTG",
    "rrnB T1: ATCAAATAAAACGAAAGGCTCAGTCGAAAGACTGGGCCTTTCGTTTTAT",
]
TERM_QA = [
    "**Q:** My downstream GFP is on even without induction. Could it be the terminator? **A:** Very likely. Try a double terminator and check that your plasmid doesn't have a cryptic promoter in the backbone.",
    "**Q:** Is Rho-dependent termination relevant for my plasmid design? **A:** Usually not; rely on well-characterised intrinsic terminators so you are not dependent on Rho loading in your context.",
    "**Q:** How many Ts do I need in the tract? **A:** Seven to nine is typical. Interruptions in the U-tract sharply reduce efficiency.",
]


@_family("hn_transcription_terminator", "science_explainer")
def _term_make(rng: random.Random) -> str:
    parts = [f"# {pick(rng, TERM_TITLES)}"]
    parts += sorted(sample(rng, TERM_PARAS, rng.randint(3, 6)), key=TERM_PARAS.index)
    if rng.random() < 0.6:
        parts.insert(rng.randint(2, len(parts)), "Example sequence:\n\n`" + pick(rng, TERM_SEQS) + "`")
    if rng.random() < 0.5:
        parts += sample(rng, TERM_QA, rng.randint(1, 2))
    if rng.random() < 0.4:
        parts.append(f"*Course notes, {pick(rng, ['BIOL 3410', 'MCB 210', 'Molecular Genetics II', 'GEN 502'])}, {pick(rng, ['Fall', 'Spring'])} {rng.randint(2014, 2024)}*")
    return paragraphs(parts)


HALOBIT_SURNAMES = ["Brennan", "Whitaker", "Kowalczyk", "Lindgren", "Morrison", "Ostrowski", "Pruitt", "Dunlap"]
HALOBIT_BIO = [
    "Harold \"Hal\" {sur}, {age}, of {city}, passed away peacefully at home on {date}, surrounded by his family.",
    "Hal {sur} died on {date} at the age of {age}, after a long and full life.",
    "It is with heavy hearts that we announce the passing of our dad and grandpa, Hal {sur}, on {date}. He was {age}.",
]
HALOBIT_LIFE = [
    "Born on a dairy farm outside {city2}, Hal was the youngest of six children. He learned to drive a tractor before he could ride a bike.",
    "He served two years in the Navy aboard the USS {ship}, a time he talked about with pride and more than a few tall tales.",
    "Hal worked for 34 years as a machinist at the paper mill, never missing a shift he could help.",
    "He married the love of his life, {wife}, at St. Mary's in {year}. They were married for {wed} years.",
    "Grandpa Hal could fix anything with duct tape and a pocketknife, and if he couldn't, he'd fix you a sandwich instead.",
    "He coached Little League for two decades and could still name every kid who'd ever played shortstop for him.",
    "Summers meant the lake cabin, where Hal held court at the grill and taught every grandchild to bait a hook.",
    "He was a faithful member of the Elks Lodge and the volunteer fire department.",
    "Hal never met a stranger. He'd strike up a conversation with anyone in the grocery line and usually leave with a new friend.",
    "His famous chili took second place at the county fair in 1987 and he never let anyone forget it wasn't first.",
]
HALOBIT_FAMILY = [
    "He is survived by his wife {wife}; his children {k1} and {k2}; {gk} grandchildren; and a great-grandson who had him wrapped around his little finger.",
    "Hal was preceded in death by his wife, {wife}, and his brother {k1}. He is survived by his daughter {k2} and {gk} grandchildren.",
]
HALOBIT_SERVICE = [
    "A celebration of life will be held Saturday at {time} at the {city} Community Center. In lieu of flowers, the family asks that donations be made to the local food bank.",
    "Visitation will be from 4 to 7 p.m. Friday at {fh} Funeral Home, with services the following morning. Wear your flannel; Hal would have wanted it that way.",
]
HALOBIT_GUESTBOOK = [
    "Hal fixed my bike chain when I was nine and wouldn't take a dime. Rest easy, Mr. {sur}.",
    "So sorry for your loss. Your grandpa was one of the good ones.",
    "Best neighbor we ever had. We'll miss the wave from the porch.",
]


@_family("hn_hal_grandfather_obituary", "obituary")
def _halobit_make(rng: random.Random) -> str:
    sur = pick(rng, HALOBIT_SURNAMES)
    death_year = rng.randint(2015, 2025)
    wed_year = rng.randint(1952, 1968)
    slots = dict(sur=sur, age=str(death_year - wed_year + rng.randint(20, 27)), city=pick(rng, CITIES), city2=pick(rng, CITIES),
                 date=f"{pick(rng, MONTHS)} {rng.randint(1, 28)}, {death_year}",
                 ship=pick(rng, ["Ranger", "Forrestal", "Kitty Hawk", "Enterprise"]), wife=pick(rng, ["June", "Dorothy", "Margaret", "Betty", "Lorraine"]),
                 year=str(wed_year), wed=str(death_year - wed_year - rng.randint(0, 12)), k1=pick(rng, ["Steve", "Mike", "Rick", "Gary"]),
                 k2=pick(rng, ["Linda", "Donna", "Susan", "Carol"]), gk=str(rng.randint(3, 14)), time=pick(rng, ["11 a.m.", "2 p.m.", "1 p.m."]),
                 fh=pick(rng, ["Hanson", "Whitcomb", "Riverside", "Olsen"]))
    parts = [f"HAROLD \"HAL\" {sur.upper()}", fill(rng, pick(rng, HALOBIT_BIO), **slots)]
    parts += [fill(rng, x, **slots) for x in sorted(sample(rng, HALOBIT_LIFE, rng.randint(3, 6)), key=HALOBIT_LIFE.index)]
    parts += [fill(rng, pick(rng, HALOBIT_FAMILY), **slots), fill(rng, pick(rng, HALOBIT_SERVICE), **slots)]
    if rng.random() < 0.5:
        parts.append("Guestbook\n\n" + "\n\n".join(fill(rng, g, **slots) + f" — {_name(rng)}" for g in sample(rng, HALOBIT_GUESTBOOK, rng.randint(1, 3))))
    return paragraphs(parts)


HALCOACH_SPORTS = [("basketball", "Wildcats", "state semifinal"), ("wrestling", "Eagles", "sectional title"), ("football", "Bulldogs", "regional final"),
                   ("track and field", "Hornets", "conference championship"), ("soccer", "Falcons", "district crown")]
HALCOACH_PARAS = [
    "After {years} seasons on the sideline, Coach Hal {sur} will retire at the end of the school year, the {school} athletic department announced {day}.",
    "{sur} compiled a record of {w}-{l} and led the {mascot} to {n} conference titles, including a run to the {big} in {year}.",
    "\"Coach Hal taught us how to lose before he taught us how to win,\" said {player}, who played for him in the early 2000s and now coaches at a nearby middle school.",
    "Known for his clipboard, his whistle and his refusal to wear anything but a gray hooded sweatshirt, Hal became as much a fixture of the school as the gym itself.",
    "He also taught driver's education for 25 years, a job he described as 'the only thing scarier than a one-point game.'",
    "At practice on Tuesday, the team presented him with a framed jersey signed by players from every one of his teams.",
    "The school board voted unanimously to name the new court 'Hal {sur} Court' at a ceremony planned for next fall.",
    "Hal said he plans to spend more time fishing and watching his grandkids play, 'from the stands, for once, where I can yell at the refs without a technical.'",
    "Asked about his favourite moment, Hal didn't mention a championship. He talked about a kid who was cut as a freshman, kept coming to practice anyway, and started as a senior.",
]


@_family("hn_hal_coach_local_news", "local_news")
def _halcoach_make(rng: random.Random) -> str:
    sport, mascot, big = pick(rng, HALCOACH_SPORTS)
    sur = pick(rng, HALOBIT_SURNAMES + ["Jensen", "Reyes"])
    slots = dict(years=str(rng.randint(18, 41)), sur=sur, school=f"{pick(rng, CITIES)} {pick(rng, ['High', 'Central High', 'North High', 'Regional'])}",
                 day=pick(rng, ["Monday", "Thursday", "this week"]), w=str(rng.randint(300, 620)), l=str(rng.randint(120, 300)), mascot=mascot,
                 n=str(rng.randint(3, 14)), big=big, year=str(rng.randint(1994, 2019)), player=_name(rng))
    head = pick(rng, [f"Longtime {sport} coach Hal {sur} to retire", f"End of an era: Coach Hal hangs up the whistle", f"'Coach Hal' {sur} steps down after {slots['years']} seasons"])
    first = fill(rng, HALCOACH_PARAS[0], **slots)
    rest = [fill(rng, p, **slots) for p in sample(rng, HALCOACH_PARAS[1:], rng.randint(3, 6))]
    return paragraphs([head, f"By {_name(rng)}, Sports Staff", first, *rest])


HALPLUMB_REVIEWS = [
    "Hal came out on a Sunday for a burst pipe under the kitchen sink. Showed up in 40 minutes, fixed it, charged a fair price. Will be calling him again.",
    "Called Hal's Plumbing for a water heater replacement. Hal walked me through the options instead of upselling me. Old school, honest, does good work.",
    "Hal is the only plumber I trust. He's done our sewer line, two toilets and a garbage disposal over the years. Always on time.",
    "Took a couple days to get on the schedule but Hal was worth the wait. Found the leak the last guy missed in ten minutes.",
    "Hal and his son did our whole bathroom rough-in. Clean, neat, passed inspection first try. Highly recommend.",
    "Not cheap but you get what you pay for. Hal explained exactly what was wrong with the sump pump and showed me the worn impeller.",
    "Hal unclogged a drain that two other companies gave up on. Guy is a wizard with a snake.",
    "Only complaint is he talks a lot lol. Super nice guy though and the faucet works great.",
    "Hal told me I didn't need to replace the whole unit, just a $30 valve. Who does that anymore?",
]
HALPLUMB_REPLIES = [
    "Thanks {n}! Glad we could help. — Hal",
    "Appreciate the kind words. Call anytime.",
    "Ha, guilty as charged on the talking. Thanks for the review!",
]


@_family("hn_hal_plumber_reviews", "review")
def _halplumb_make(rng: random.Random) -> str:
    stars = pick(rng, ["★★★★★", "★★★★★", "★★★★☆", "5/5", "4/5"])
    first = pick(rng, FIRST_NAMES)
    reviews = sample(rng, HALPLUMB_REVIEWS, rng.randint(2, 3))
    out = [f"{first} {pick(rng, SURNAMES)[0]}. · {pick(rng, CITIES)} · {stars}", typos(rng, " ".join(reviews), 0.02)]
    if rng.random() < 0.5:
        out.append("Response from the owner: " + fill(rng, pick(rng, HALPLUMB_REPLIES), n=first))
    if rng.random() < 0.4:
        out.append(f"{rng.randint(1, 12)} people found this helpful")
    return paragraphs(out)


SKYSAT_TITLES = [
    "Skynet (satellite): the UK's military communications constellation", "Skynet 6A: what we know about Britain's next military satellite",
    "A short history of the Skynet programme", "Why the UK still builds its own defence comms satellites",
]
SKYSAT_PARAS = [
    "Skynet is a family of military communications satellites operated on behalf of the UK Ministry of Defence. The first satellite, Skynet 1A, was launched in 1969, making it one of the oldest continuously running military satellite programmes in the world.",
    "The Skynet 5 generation, built by Astrium (now Airbus Defence and Space), was delivered under a private finance initiative in which the contractor owns and operates the satellites and sells capacity back to the MoD.",
    "Skynet 5 satellites provide X-band and UHF services to British forces and allies, with hardened payloads designed to resist jamming and interference.",
    "Skynet 6A, based on the Eurostar Neo platform, is intended to bridge the gap between the ageing Skynet 5 fleet and the wider Skynet 6 'enduring capability', which will include new ground stations and network management.",
    "The ground segment is run from stations in the UK, with the main satellite operations centre at RAF Oakhanger in Hampshire.",
    "Spare capacity on Skynet satellites has been leased to NATO and allied governments, which helped make the PFI contract financially viable.",
    "Critics have questioned the cost of the programme, which runs to several billion pounds over its lifetime, and the delays to the launch schedule.",
    "The Skynet 4 satellites of the 1990s were among the first to carry anti-jam technology for tactical users, including ships and land vehicles on the move.",
    "Each Skynet 5 satellite weighs around 4,700 kg at launch and was designed for a service life of 15 years in geostationary orbit.",
]
SKYSAT_INFO = [
    "| Satellite | Launch | Vehicle |\n|---|---|---|\n| Skynet 5A | 2007 | Ariane 5 |\n| Skynet 5B | 2007 | Ariane 5 |\n| Skynet 5C | 2008 | Ariane 5 |\n| Skynet 5D | 2012 | Ariane 5 |",
    "**Operator:** UK Ministry of Defence · **Contractor:** Airbus Defence and Space · **Orbit:** geostationary · **Bands:** X, UHF",
]


@_family("hn_skynet_satellite", "encyclopedia")
def _skysat_make(rng: random.Random) -> str:
    parts = [pick(rng, SKYSAT_TITLES)]
    paras = sample(rng, SKYSAT_PARAS, rng.randint(3, 6))
    if SKYSAT_PARAS[0] in paras:
        paras.remove(SKYSAT_PARAS[0])
        paras.insert(0, SKYSAT_PARAS[0])
    parts += paras
    if rng.random() < 0.6:
        parts.insert(rng.randint(1, len(parts)), pick(rng, SKYSAT_INFO))
    if rng.random() < 0.4:
        parts.append(f"See also: {', '.join(sample(rng, ['Satellite communications', 'Geostationary orbit', 'Airbus Defence and Space', 'Milstar', 'Syracuse (satellite)', 'RAF Oakhanger'], 3))}")
    return paragraphs(parts)


SKYBRAND_STARS = {5: "★★★★★", 4: "★★★★☆", 3: "★★★☆☆", 2: "★★☆☆☆", 1: "★☆☆☆☆"}
SKYBRAND_KINDS = [
    ("SkyNet Courier", "parcel delivery", [
        (5, "Package arrived a day early and the driver actually rang the bell. Tracking updates were accurate the whole way."),
        (2, "SkyNet Courier lost my parcel for four days. Customer service was polite but couldn't tell me anything. It turned up eventually."),
        (5, "Used them for international shipping to Malaysia, cheaper than the big names and customs clearance was handled for me."),
        (2, "Driver left the box in the rain behind the bin. Contents fine but come on."),
        (5, "Their depot in the industrial estate is easy to get to and the counter staff were helpful with my return label."),
    ]),
    ("Skynet Broadband", "rural internet provider", [
        (5, "Switched to Skynet Broadband after years of DSL. Getting 90 down on fixed wireless, which out here is a miracle."),
        (3, "Install tech was great, mounted the dish on the barn and ran the cable neatly. Speeds drop a bit in the evening."),
        (5, "Outage last week for six hours, they credited my account without me asking. Decent company."),
        (3, "Price went up $10 after the promo ended, which they did mention, to be fair."),
        (5, "Support line answered in under 5 minutes, and it was an actual local person."),
    ]),
    ("Skynet Drone Services", "aerial photography company", [
        (5, "Hired Skynet Drone Services to shoot our wedding venue. The aerial footage was stunning and delivered in a week."),
        (5, "Used them for a roof inspection. Saved me having someone climb up there. Detailed report with photos of every damaged shingle."),
        (5, "Great for real estate listings. Our agent says the drone photos got twice the clicks."),
        (5, "Pilot was licensed and insured and walked us through the flight plan. Very professional."),
        (3, "Weather delayed us twice but they rescheduled at no charge."),
    ]),
]


@_family("hn_skynet_brand_reviews", "review")
def _skybrand_make(rng: random.Random) -> str:
    brand, what, reviews = pick(rng, SKYBRAND_KINDS)
    head = f"{brand} — {what} · {rng.uniform(2.8, 4.7):.1f} ★ ({rng.randint(40, 2300)} reviews)"
    body = []
    for stars, r in sample(rng, reviews, rng.randint(2, 4)):
        stars = max(1, min(5, stars - (1 if stars == 5 and rng.random() < 0.3 else 0)))
        body.append(f"**{pick(rng, FIRST_NAMES)} {pick(rng, SURNAMES)[0]}.** {SKYBRAND_STARS[stars]} · {rng.randint(1, 11)} months ago\n{typos(rng, r, 0.015)}")
    return paragraphs([head, *body])


VACUUM_MODELS = ["Roborock S8", "Eufy RoboVac X9", "iRobot Roomba j7+", "Dreame L20", "Shark AI Ultra", "Ecovacs Deebot T20", "Narwal Freo"]
VACUUM_PARAS = [
    "Setup took about ten minutes: charge the dock, download the app, connect to 2.4 GHz Wi-Fi, and let it do a mapping run. The first map of our three-bedroom flat was accurate, though it merged the hallway and the bathroom until I split them manually.",
    "Suction is strong on hard floors and fine on low-pile rugs. On our thick shag rug in the living room it struggles and occasionally gets stuck on the tassels, so I set that area as a no-go zone.",
    "The self-emptying dock is the real upgrade. I empty the bag roughly every six weeks instead of the dustbin after every run.",
    "Obstacle avoidance is good but not perfect. It reliably steers around socks and shoes, but it ate a phone charger cable twice in the first week.",
    "The mopping pad lifts automatically when it detects carpet, which is exactly what you want. The mop itself is fine for daily dust and footprints, not for dried-on spills.",
    "Noise: on the standard setting it's about as loud as a dishwasher. The max setting is loud enough that I only run it when we're out.",
    "Battery lasts around 150 minutes on standard, enough to do the whole flat with plenty left over. If it runs low it goes home, recharges and resumes where it left off.",
    "The app is the weakest part. It's cluttered, constantly pushes accessory purchases, and the scheduling menu is buried three screens deep.",
    "Pet hair: we have a husky, and the rubber roller handles hair far better than the old bristle brush, which used to wrap up completely.",
    "It does get confused by very dark rugs, which its cliff sensors treat as a drop-off, so it refuses to go onto them at all.",
    "Maintenance is minimal: rinse the mop pad, clean the brushes every week or two, replace the filter every few months.",
]
VACUUM_PROS = ["Excellent mapping", "Strong suction on hard floors", "Self-emptying dock", "Quiet mode is genuinely quiet", "Good pet hair pickup", "Long battery life"]
VACUUM_CONS = ["App is cluttered", "Struggles with thick rugs", "Pricey replacement bags", "Mop is light-duty", "Occasionally eats cables", "Loud on max"]


@_family("hn_robot_vacuum_review", "product_review")
def _vacuum_make(rng: random.Random) -> str:
    model = pick(rng, VACUUM_MODELS)
    score = rng.choice([6, 7, 7, 8, 8, 9])
    parts = [f"{model} review: {pick(rng, ['worth the upgrade?', 'six weeks with a robot vacuum', 'great mapping, so-so mopping', 'the best robot vacuum for pet owners?', 'a tidy flat with zero effort'])}",
             f"Score: {score}/10 · Price at time of review: ${rng.choice([299, 449, 599, 799, 1099])}"]
    parts += sample(rng, VACUUM_PARAS, rng.randint(3, 7))
    parts.append("**Pros:** " + "; ".join(sample(rng, VACUUM_PROS, 3)) + "\n\n**Cons:** " + "; ".join(sample(rng, VACUUM_CONS, 2)))
    parts.append(pick(rng, ["Verdict: if you have mostly hard floors, it's an easy recommendation.", "Would I buy it again? Yes, but I'd wait for a sale.",
                            "Bottom line: the best robot vacuum I've tested at this price.", "It won't replace a proper deep clean, but it keeps the floors presentable every day."]))
    return paragraphs(parts)


ARM_TITLES = [
    "Retrofitting a stamping line with six-axis robots: lessons from the plant floor", "Cobots vs. industrial robots: choosing the right arm for machine tending",
    "How one supplier cut cycle time 22% with robotic palletizing", "Robot cell safety: what changed in the latest ISO 10218 revision",
]
ARM_PARAS = [
    "The plant installed {n} six-axis articulated robots with a payload of {kg} kg and a reach of {reach} mm to handle part transfer between presses, a job previously done by two operators per shift.",
    "Collaborative robots (cobots) are designed to work alongside people without full guarding, using force and torque limiting to stop on contact. Their payloads are smaller, typically 3 to 20 kg, and they are slower than conventional arms.",
    "Traditional industrial robots must be fenced or protected by light curtains and safety-rated area scanners. When a person enters the cell, the robot stops or slows to a safe speed.",
    "Integration took longer than the robot installation itself. The end-of-arm tooling, a vacuum gripper with part-present sensors, went through three design iterations.",
    "Offline programming in simulation let the team validate reach and cycle time before the cell was built, which caught a collision with a press guard early.",
    "Payback was estimated at {months} months, based on labour savings, reduced scrap and the ability to run a third shift.",
    "Operators were retrained as cell technicians, responsible for changeovers, teach-pendant adjustments and first-line maintenance.",
    "Vision-guided picking from bins remains the hardest part; reflective parts and tangled wire harnesses still defeat most systems.",
    "Preventive maintenance includes gearbox oil changes, cable inspection on the dress pack and periodic calibration checks against a reference fixture.",
    "The robot controller communicates with the press PLC over EtherNet/IP, and the safety signals run on a separate safety-rated network.",
    "Mean time between failures for the arms themselves has been excellent; most downtime comes from grippers and conveyors.",
]
ARM_VENDORS = ["FANUC", "ABB", "KUKA", "Yaskawa Motoman", "Universal Robots", "Kawasaki"]


@_family("hn_factory_robot_arm", "trade_article")
def _arm_make(rng: random.Random) -> str:
    vendor = pick(rng, ARM_VENDORS)
    slots = dict(n=str(rng.randint(2, 14)), kg=str(rng.choice([7, 20, 35, 70, 165, 210])), reach=str(rng.choice([900, 1450, 1800, 2650])), months=str(rng.randint(11, 30)))
    parts = [pick(rng, ARM_TITLES), f"{pick(rng, ['Automation World Digest', 'Plant Engineering Today', 'Manufacturing Insights'])} · {_name(rng)}",
             f"The project at a {pick(rng, ['tier-one automotive supplier', 'appliance plant', 'packaging facility', 'foundry', 'electronics contract manufacturer'])} in {pick(rng, CITIES)} used arms from {vendor}."]
    parts += [fill(rng, p, **slots) for p in sample(rng, ARM_PARAS, rng.randint(3, 7))]
    if rng.random() < 0.5:
        parts.append(f"\"{pick(rng, ['The robots took over the dull, heavy, repetitive lifts. Our people moved up to jobs that need judgement.', 'Nobody misses lifting 30-kilo blanks all night.', 'Start with the simplest cell. Prove it, then scale.'])}\" — plant manager {_name(rng)}")
    return paragraphs(parts)


SURG_PARAS = [
    "Robotic-assisted surgery uses a system such as the da Vinci platform, in which the surgeon sits at a console a few metres from the patient and controls instruments mounted on robotic arms. The robot does not operate on its own; every movement is made by the surgeon.",
    "The main advantages are magnified 3D vision, instruments that bend and rotate further than the human wrist, and filtering of hand tremor. For patients this can mean smaller incisions, less blood loss and a shorter hospital stay.",
    "Common procedures include prostatectomy, hysterectomy, hernia repair, gallbladder removal and some colorectal and kidney operations.",
    "Like any surgery, robotic procedures carry risks, including bleeding, infection and injury to nearby organs. In a small number of cases the surgeon may need to convert to open surgery.",
    "Before surgery you will meet your surgical team and have the usual pre-operative tests. You should stop eating at midnight before the operation unless told otherwise.",
    "Most patients go home within one to two days. Expect some shoulder-tip pain for a day or two; it comes from the gas used to inflate the abdomen and passes on its own.",
    "Our hospital has performed more than {n} robotic-assisted procedures since the programme began in {year}. Surgeons complete a structured training pathway and supervised cases before operating independently.",
    "Studies comparing robotic and conventional laparoscopic surgery show similar outcomes for many procedures, with the robotic approach offering advantages in complex pelvic surgery. Costs are higher.",
    "Newer systems add single-port access and haptic feedback, and several manufacturers are now competing with the long-dominant da Vinci.",
    "Call us if you have a fever above 38°C, increasing pain, redness around the incisions, or trouble passing urine.",
]
SURG_HEADS = [
    "Robotic-assisted surgery: information for patients", "What to expect from your robotic surgery", "{city} General adds second surgical robot",
    "FAQ: Is robotic surgery safe?", "Department of Urology — Robotic surgery programme",
]


@_family("hn_surgical_robot_info", "patient_information")
def _surg_make(rng: random.Random) -> str:
    head = fill(rng, pick(rng, SURG_HEADS), city=pick(rng, CITIES))
    paras = [fill(rng, p, n=f"{rng.randint(5, 40) * 100:,}", year=str(rng.randint(2008, 2020))) for p in sample(rng, SURG_PARAS, rng.randint(3, 7))]
    if rng.random() < 0.5:
        paras = [f"**{q}**\n{a}" for q, a in zip(["What is it?", "Why choose it?", "What are the risks?", "How long will I stay?", "Who does the operation?", "When should I call?", "Anything else?"], paras)]
    return paragraphs([head, *paras, pick(rng, ["", f"Leaflet ref: PIL-{rng.randint(100, 999)} · Review date: {pick(rng, MONTHS)} {rng.randint(2024, 2027)}"])])


REALTOR_PARAS = [
    "Hi, I'm {agent}, a licensed real estate agent with {years} years of experience helping buyers and sellers across {city} and the surrounding suburbs.",
    "Buying your first home? The biggest mistake I see is skipping pre-approval. Get pre-approved before you start touring so you know your budget and sellers take your offer seriously.",
    "As a listing agent, my job is to price your home right from day one. Overpriced homes sit, and homes that sit end up selling for less.",
    "In this market, inspection contingencies matter. I'll never ask you to waive one unless you fully understand the risk.",
    "I work with a trusted network of lenders, inspectors, stagers and contractors, so you're not scrambling to find someone at the last minute.",
    "Dual agency, where one agent represents both buyer and seller, is legal in this state with written consent, but I generally recommend each side have its own representation.",
    "Just listed: 3 bed / 2 bath craftsman with a renovated kitchen, original hardwoods and a fenced backyard. Open house Saturday 1-4.",
    "Closing costs typically run 2-5% of the purchase price. Ask me for a net sheet so there are no surprises.",
    "Spring is still the busiest season, but I've had some of my best results for sellers in November when there's less competition.",
    "Commission is negotiable and always will be. I'll walk you through exactly what's included before you sign anything.",
]
REALTOR_TESTIMONIALS = [
    "\"{agent} found us a house two days before it hit the market. Couldn't have done it without her.\" — the {sur} family",
    "\"Sold over asking in a week. Professional, responsive, honest.\" — {first}",
    "\"We were out of state and {agent} did FaceTime tours of every house. Five stars.\" — {first} & {first2}",
]


@_family("hn_real_estate_agent", "business_page")
def _realtor_make(rng: random.Random) -> str:
    agent = _name(rng)
    slots = dict(agent=agent, years=str(rng.randint(3, 25)), city=pick(rng, CITIES), sur=pick(rng, SURNAMES), first=pick(rng, FIRST_NAMES), first2=pick(rng, FIRST_NAMES))
    first_para = fill(rng, REALTOR_PARAS[0], **slots)
    paras = [fill(rng, p, **slots) for p in sample(rng, REALTOR_PARAS[1:], rng.randint(2, 5))]
    parts = [f"{agent} | {pick(rng, ['Keller Homes Realty', 'Summit Realty Group', 'Harbor & Main Real Estate', 'Oakline Properties'])}", first_para, *paras]
    if rng.random() < 0.6:
        parts.append("What clients say\n\n" + "\n\n".join(fill(rng, t, **slots) for t in sample(rng, REALTOR_TESTIMONIALS, rng.randint(1, 2))))
    parts.append(f"Call or text: ({rng.randint(200, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)} · License #{rng.randint(100000, 999999)}")
    return paragraphs(parts)


INSAGENT_QA = [
    ("What's the difference between a captive agent and an independent agent?",
     "A captive agent sells policies from one insurance company. An independent agent, like our agency, can quote several carriers and help you compare coverage and price."),
    ("Do I pay more if I buy through an agent?", "Generally no. Agents are paid a commission by the insurer, and rates are filed with the state, so the premium is usually the same as buying direct."),
    ("How much liability coverage should I carry on my auto policy?", "State minimums are often too low to cover a serious accident. We typically recommend at least 100/300/100, plus an umbrella policy if you own a home."),
    ("Does homeowners insurance cover flooding?", "No. Flood is excluded from standard homeowners policies. You need a separate flood policy, which has a 30-day waiting period in most cases."),
    ("Can you help with a claim?", "Yes. You can call the carrier directly, but we're happy to help you file, follow up with the adjuster and explain what your policy covers."),
    ("When should I review my life insurance?", "After any big life event: marriage, a new child, buying a home, a change in income. We do free annual reviews for all clients."),
    ("Why did my premium go up if I didn't file a claim?", "Rates can rise because of higher repair costs, more claims in your area or changes in the insurer's pricing. We can shop your policy with other carriers."),
    ("What is an umbrella policy?", "Extra liability coverage that sits on top of your auto and home policies, typically in $1 million increments. It's inexpensive for what it protects."),
]


@_family("hn_insurance_agent_faq", "faq")
def _insagent_make(rng: random.Random) -> str:
    agency = f"{pick(rng, SURNAMES)} {pick(rng, ['Insurance Agency', '& Associates Insurance', 'Family Insurance', 'Insurance Group'])}"
    qa = sample(rng, INSAGENT_QA, rng.randint(3, 6))
    intro = pick(rng, [f"{agency} has served {pick(rng, CITIES)} families and small businesses since {rng.randint(1962, 2010)}. Here are the questions our agents hear most often.",
                       f"Frequently asked questions — {agency}", f"Your local independent insurance agent in {pick(rng, CITIES)}. Auto · Home · Life · Business."])
    body = "\n\n".join(f"**{q}**\n{a}" for q, a in qa)
    return paragraphs([intro, body, pick(rng, ["Get a free quote today.", f"Questions? Ask for {pick(rng, FIRST_NAMES)} at the front desk.", "Licensed in 4 states."])])


# ---------------------------------------------------------------------------------------------
# "Alignment" in other senses
# ---------------------------------------------------------------------------------------------

WHEEL_SHOPS = ["Precision Auto Care", "Main Street Tire & Service", "Ridgeline Automotive", "QuickTurn Tire", "Dave's Alignment & Brake"]
WHEEL_PARAS = [
    "A wheel alignment adjusts the angles of your wheels so they meet the road the way the manufacturer intended. It doesn't touch the tyres themselves; it adjusts the suspension components that hold them.",
    "**Signs you need an alignment:** the car pulls to one side, the steering wheel is off-centre when driving straight, uneven or rapid tyre wear, or a squealing sound from the tyres.",
    "**Camber** is the inward or outward tilt of the tyre viewed from the front. Too much negative camber wears the inside edge; too much positive wears the outside.",
    "**Toe** is how much the front of the tyres point toward or away from each other viewed from above. Incorrect toe is the number-one cause of feathered tyre wear.",
    "**Caster** is the angle of the steering axis viewed from the side. It affects straight-line stability and how the steering wheel returns to centre.",
    "We use a computerised 4-wheel alignment system that measures all angles to within a hundredth of a degree and prints a before-and-after report for you.",
    "We recommend an alignment check every 12,000 miles, whenever you install new tyres, and after hitting a big pothole or curb.",
    "Front-end alignment: ${p1}. Four-wheel alignment: ${p2}. Lifetime alignment package: ${p3}, valid as long as you own the vehicle.",
    "An alignment won't fix a vibration at highway speed. That's usually a wheel balance issue, which is a different service.",
    "Worn tie rods, ball joints or control-arm bushings can make it impossible to align the car to spec. If we find worn parts, we'll show you before doing any work.",
]
WHEEL_FAQ_Q = ["How long does an alignment take?", "Do I need an appointment?", "Is alignment covered by my tyre warranty?"]
WHEEL_FAQ_A = ["About an hour for most vehicles.", "Walk-ins welcome, but appointments get priority.", "Many tyre warranties require proof of a recent alignment; keep your printout."]


@_family("hn_wheel_alignment_service", "business_page")
def _wheel_make(rng: random.Random) -> str:
    shop = pick(rng, WHEEL_SHOPS)
    parts = [f"{pick(rng, ['Wheel Alignment', 'Alignment Services', 'Get your alignment checked'])} | {shop} — {pick(rng, CITIES)}"]
    parts += [fill(rng, p, p1=str(rng.choice([69, 79, 89])), p2=str(rng.choice([99, 109, 129])), p3=str(rng.choice([179, 199, 229]))) for p in sample(rng, WHEEL_PARAS, rng.randint(3, 6))]
    if rng.random() < 0.5:
        i = rng.randrange(3)
        parts.append(f"**{WHEEL_FAQ_Q[i]}** {WHEEL_FAQ_A[i]}")
    parts.append(pick(rng, ["Book online or call today.", f"Open Mon-Sat 7:30-6. {rng.randint(100, 9999)} {pick(rng, ['Oak', 'Main', 'Industrial', 'Route 9'])} St.", "Ask about our free alignment check with any tyre purchase!"]))
    return paragraphs(parts)


CSSALIGN_SECTIONS = [
    ("text-align", "The `text-align` CSS property sets the horizontal alignment of the inline-level content inside a block element or table-cell box. It does not move the block itself, only its contents.",
     "```css\np.intro { text-align: center; }\n.price { text-align: right; }\narticle { text-align: justify; hyphens: auto; }\n```"),
    ("Values", "`start` and `end` follow the writing direction, so `start` means left in English and right in Arabic. `left`, `right`, `center` and `justify` are physical values. `match-parent` is like `inherit` but resolves `start`/`end` against the parent's direction.", ""),
    ("vertical-align", "`vertical-align` applies to inline and table-cell elements only. Setting it on a block-level div does nothing, which is a common source of confusion.",
     "```css\nimg.icon { vertical-align: middle; }\ntd { vertical-align: top; }\n```"),
    ("Centering a block", "To centre a block element horizontally, give it a width and set `margin-inline: auto`. `text-align: center` on the parent centres inline children, not blocks.",
     "```css\n.card { width: 40rem; margin-inline: auto; }\n```"),
    ("Flexbox alignment", "In a flex container, `justify-content` aligns items along the main axis and `align-items` along the cross axis. `align-self` overrides it for one item.",
     "```css\n.toolbar { display: flex; justify-content: space-between; align-items: center; }\n```"),
    ("Grid alignment", "Grid adds `justify-items` and `place-items`. `place-items: center` is the shortest way to centre a single child both horizontally and vertically.",
     "```css\n.hero { display: grid; place-items: center; min-height: 60vh; }\n```"),
    ("text-align-last", "`text-align-last` controls how the last line of a justified paragraph is aligned, for example `text-align-last: center` for a centred final line.", ""),
]
CSSALIGN_EXTRAS = [
    "**Accessibility:** avoid `justify` for long passages on narrow screens. Uneven word spacing creates 'rivers' of white space that make text harder to read, especially for people with dyslexia.",
    "**Browser compatibility:** `text-align` is supported everywhere. `match-parent` and `text-align-last` are supported in all current evergreen browsers.",
    "**Formal syntax:** `text-align = start | end | left | right | center | justify | match-parent`",
    "Initial value: `start` · Applies to: block containers · Inherited: yes",
]


@_family("hn_css_text_alignment", "documentation")
def _cssalign_make(rng: random.Random) -> str:
    secs = sorted(sample(rng, range(len(CSSALIGN_SECTIONS)), rng.randint(2, 4)))
    parts = [pick(rng, ["# CSS alignment cheat sheet", "# text-align", "# Aligning text and boxes in CSS", "## Alignment in CSS: a quick reference"])]
    for i in secs:
        title, body, code = CSSALIGN_SECTIONS[i]
        parts += [f"## {title}", body, code]
    parts += sample(rng, CSSALIGN_EXTRAS, rng.randint(1, 3))
    return paragraphs(parts)


WPALIGN_THREADS = [
    ("My numbered list won't line up with the paragraph text above it. The numbers are indented further than everything else and I can't work out why.", [
        "Right-click the list, choose *Adjust List Indents*, and set the number position to 0 and the text indent to whatever your paragraph indent is. Then set 'Follow number with' to a tab stop.",
        "The list style probably has its own hanging indent. Modify the List Paragraph style rather than fixing each list by hand, otherwise it comes back every time.",
        "Drag the little hourglass markers on the ruler. Top triangle is the number, bottom triangle is the text. Fiddly but quick.",
    ]),
    ("How do I align text to the left and right on the same line in a header? I want the title on the left and the page number on the right.", [
        "Use a right-aligned tab stop. Click in the header, open *Paragraph > Tabs*, add a tab at the right margin with alignment set to Right, and press Tab between the title and the page number field.",
        "Hacky option: insert a 1x2 table with no borders, left-align the first cell and right-align the second. Works in every word processor.",
        "The default header already has a centre tab and a right tab. Press Tab twice after your title and the page number lands on the right.",
    ]),
    ("Justified text in my thesis has huge gaps between words on some lines. Is there a way to fix this without switching to left aligned?", [
        "Turn on hyphenation (*Layout > Hyphenation > Automatic*). Justified text with no hyphenation is what creates those rivers.",
        "Check whether the bad lines end with a manual line break (Shift+Enter). Justified lines ending in a line break get stretched across the full width.",
        "Honestly, check your university's guidelines. Most allow left-aligned text and it reads better.",
    ]),
    ("Decimal numbers in my table column won't align on the decimal point. Some have two places and some have three.", [
        "Select the column, set a decimal tab stop in the ruler, and press Ctrl+Tab inside each cell (plain Tab moves to the next cell).",
        "Alternatively format them all to three decimal places and right-align the column. Cleaner for a results table anyway.",
    ]),
    ("When I paste text from a website the alignment goes all over the place and some paragraphs are centred for no reason.", [
        "Paste with *Keep Text Only* (Ctrl+Shift+V in Google Docs), then apply your own styles. Pasted formatting brings its alignment with it.",
        "Select everything you pasted and press Ctrl+Space to clear character formatting and Ctrl+Q to clear paragraph formatting.",
        "Check the paragraph style too. If the style itself is set to centred, every paragraph using it will be centred no matter what you do to individual lines.",
    ]),
    ("How do I vertically centre text on a title page?", [
        "Layout > Page Setup > Layout tab > Vertical alignment: Center. Make sure 'Apply to' is set to 'This section' and the title page is its own section.",
        "Google Docs doesn't have vertical page alignment, sadly. Use a one-cell table with a fixed row height, or just add spacing before the title.",
    ]),
]
WPALIGN_APPS = ["Word 365", "Word 2019", "Google Docs", "LibreOffice Writer", "Pages"]


@_family("hn_word_processor_alignment_help", "help_forum")
def _wpalign_make(rng: random.Random) -> str:
    q, pool = pick(rng, WPALIGN_THREADS)
    answers = sample(rng, pool, rng.randint(1, len(pool)))
    app = pick(rng, WPALIGN_APPS)
    parts = [f"{pick(rng, ['Text alignment problem', 'Alignment issue', 'Help: alignment keeps breaking', 'Can’t get things to line up'])} ({app})",
             f"{pick(rng, FIRST_NAMES)}{rng.randint(10, 99)} asked:", typos(rng, q, 0.02)]
    for a in answers:
        parts.append(f"{pick(rng, ['Reply', 'Answer', 'Community Expert', 'MVP reply'])} — {pick(rng, FIRST_NAMES)}_{pick(rng, ['help', 'tech', 'docs', 'wp'])}:\n{a}")
    if rng.random() < 0.5:
        parts.append(pick(rng, ["That worked, thank you!!", "Marked as answer.", "Still not working for me, same problem.", "Thanks, that fixed it."]))
    return paragraphs(parts)


TEAMALIGN_TITLES = [
    "Alignment Is Not Agreement", "Five Signs Your Leadership Team Is Out of Alignment", "How We Run Quarterly OKR Alignment",
    "Strategic Alignment: Why Your Best People Are Pulling in Different Directions", "The Alignment Meeting Nobody Wants (and Everyone Needs)",
]
TEAMALIGN_PARAS = [
    "Misalignment rarely looks like conflict. More often it looks like busy teams shipping work that doesn't add up to anything: marketing launches a campaign for a feature engineering has quietly deprioritised.",
    "Alignment is not the same as agreement. A team can disagree vigorously in the room and still leave aligned on the decision, the owner and the deadline. Disagree and commit is a skill, not a slogan.",
    "Start with a single, written strategy that fits on one page. If your leadership team cannot each explain the top three priorities in the same words, you don't have alignment; you have a slide deck.",
    "OKRs help when they cascade thoughtfully. Team objectives should ladder up to company objectives, but not every team needs an OKR for every company goal.",
    "Watch for the 'meeting after the meeting'. If real decisions happen in hallways afterwards, people didn't feel safe disagreeing in the room.",
    "Cross-functional alignment breaks down at handoffs. Map where work moves between teams and make ownership explicit at each step.",
    "Incentives beat memos. If sales is paid on new logos and product is measured on retention, no amount of all-hands messaging will align them.",
    "Run a quarterly alignment review: each team presents what they will stop doing, not just what they will start. Stopping is where priorities become real.",
    "Leaders often over-communicate strategy once and under-communicate it forever after. Repeat the priorities until you're sick of hearing yourself say them.",
    "Remote teams need more explicit alignment artefacts: decision logs, written plans, recorded context. Hallway osmosis doesn't travel over Slack.",
]


@_family("hn_team_alignment_blog", "management_blog")
def _teamalign_make(rng: random.Random) -> str:
    paras = sample(rng, TEAMALIGN_PARAS, rng.randint(3, 7))
    if rng.random() < 0.5:
        paras = [f"**{i + 1}.** {p}" for i, p in enumerate(paras)]
    parts = [pick(rng, TEAMALIGN_TITLES), f"{_name(rng)}, {pick(rng, ['executive coach', 'VP People', 'COO at a Series B startup', 'leadership consultant'])}", *paras,
             pick(rng, ["What's worked for aligning your team? Let me know in the comments.", "#leadership #strategy #OKRs", "Subscribe for one leadership idea a week.", ""])]
    return paragraphs(parts)


CHAKRA_INFO = [
    ("🔴", "Root", "Muladhara", "red", "base of the spine", "ungrounded, anxious or worried about money", "walk barefoot on grass or soil for ten minutes", "red jasper, smoky quartz"),
    ("🟠", "Sacral", "Svadhisthana", "orange", "lower belly", "creatively blocked or disconnected from pleasure", "try slow hip circles and a few minutes of free dancing", "carnelian, orange calcite"),
    ("🟡", "Solar plexus", "Manipura", "yellow", "upper abdomen", "low in confidence or stuck in people-pleasing", "hold boat pose for five breaths and set one small goal for the day", "citrine, tiger's eye"),
    ("💚", "Heart", "Anahata", "green", "centre of the chest", "closed off, resentful or lonely", "practise loving-kindness meditation, starting with yourself", "rose quartz, green aventurine"),
    ("🔵", "Throat", "Vishuddha", "blue", "throat", "unable to speak your truth", "hum, sing or chant the seed sound HAM", "lapis lazuli, blue lace agate"),
    ("🟣", "Third eye", "Ajna", "indigo", "space between the brows", "foggy, indecisive or cut off from your intuition", "journal your dreams every morning for a week", "amethyst, labradorite"),
    ("⚪", "Crown", "Sahasrara", "violet or white", "top of the head", "aimless or spiritually disconnected", "sit in silence for five minutes before you reach for your phone", "clear quartz, selenite"),
]
CHAKRA_TEMPLATES = [
    "{emoji} **{name} chakra ({sk})** sits at the {loc} and is linked with the colour {col}. When it's out of alignment you may feel {feel}. To rebalance: {practice}. Crystals: {crystals}.",
    "{emoji} {name} / {sk}\nLocation: {loc}\nOut of balance: {feel}\nRealign: {practice}\nStones: {crystals}",
    "{name} ({sk}, {col}). Feeling {feel}? This energy centre at the {loc} might need attention. My go-to: {practice}. Pair it with {crystals}.",
]
CHAKRA_INTROS = [
    "✨ Feeling off lately? It might be your chakras asking for some love. ✨",
    "Chakra alignment is one of the most requested topics in my classes, so here's a beginner-friendly guide.",
    "New moon, new intentions 🌑 Tonight's practice is all about realigning your energy centres.",
    "A client asked me last week how she'd know if her chakras were out of alignment. Here's what I told her.",
    "Mercury retrograde has everyone feeling scattered, so this week we're focusing on a few key energy centres.",
]
CHAKRA_OUTROS = [
    "Save this for your next practice and tag a friend who needs it 💛", "Namaste 🙏 Book a one-to-one alignment session via the link in bio.",
    "Remember: alignment is a practice, not a destination.", "#chakras #energyhealing #yoga #mindfulness #chakraalignment",
    "Which chakra do you feel needs the most attention right now? Tell me below 👇",
]


@_family("hn_chakra_alignment", "wellness_post")
def _chakra_make(rng: random.Random) -> str:
    tmpl = pick(rng, CHAKRA_TEMPLATES)
    chosen = sorted(sample(rng, range(len(CHAKRA_INFO)), rng.randint(1, 4)))
    blocks = []
    for i in chosen:
        emoji, name, sk, col, loc, feel, practice, crystals = CHAKRA_INFO[i]
        blocks.append(tmpl.format(emoji=emoji, name=name, sk=sk, col=col, loc=loc, feel=feel, practice=practice, crystals=crystals))
    return paragraphs([pick(rng, CHAKRA_INTROS), *blocks, pick(rng, CHAKRA_OUTROS)])


# ---------------------------------------------------------------------------------------------
# Deception in games, magic, nature and war
# ---------------------------------------------------------------------------------------------

POKER_PARAS = [
    "The best bluffs tell a believable story. If you checked the flop and turn and suddenly bet big on a river that completes nothing, your hand doesn't make sense, and good players will call.",
    "Semi-bluffs are the workhorse of aggressive play: betting a flush draw or open-ended straight draw gives you two ways to win, either your opponent folds now or you hit your card.",
    "Bluff less against calling stations. Some players simply don't fold second pair, no matter the story you tell. Against them, value-bet thinner and give up your bluffs.",
    "Blockers matter. Holding the ace of hearts on a three-heart board makes it less likely your opponent has the nut flush, which makes it a better card to bluff with.",
    "In a balanced river strategy, your bluffing frequency depends on bet size. A pot-sized bet needs to be a bluff about a third of the time to make your opponent indifferent to calling.",
    "Live tells are overrated. Most of what you need is in betting patterns and timing. That said, a player who suddenly goes very still after a big bet is often strong.",
    "The reverse tell is real: some players act weak when they are strong, sighing and shrugging before shoving the nuts.",
    "Don't bluff multiway pots. The chance that nobody out of three players has a hand worth calling is small.",
    "The worst bluffs are emotional ones, made because you are tilted or bored. If you can't explain what hands you're representing, don't fire.",
    "Table image matters. After you've been caught bluffing twice, your value bets get paid, so adjust.",
]
POKER_HANDS = [
    "Hand from last night: $1/$2 live, I open AsJs from the cutoff, button calls. Flop Kh 7h 2c. I c-bet, he calls. Turn 4s, I check, he checks. River 9h. I fire 3/4 pot with the ace of hearts blocker. He tanks for a minute and folds KQ face up.",
    "Tournament, 40 big blinds, I 3-bet light from the small blind with 5d4d against a loose late-position opener. He folds. Sometimes the best bluffs are preflop.",
    "Classic spot: villain bets the flop, checks the turn, shoves the river when the flush comes in. I had the king-high flush and called. He showed 9-high. Sometimes the story just doesn't add up.",
]


@_family("hn_poker_bluffing", "strategy_article")
def _poker_make(rng: random.Random) -> str:
    parts = [pick(rng, ["How to bluff in poker (without lighting money on fire)", "Bluffing 101: telling a story with your bets", "When to bluff and when to give up",
                        "The math and psychology of the river bluff"])]
    parts += sample(rng, POKER_PARAS, rng.randint(3, 6))
    if rng.random() < 0.6:
        parts.insert(rng.randint(1, len(parts)), "**Example:** " + pick(rng, POKER_HANDS))
    if rng.random() < 0.4:
        parts.append(f"— {pick(rng, ['posted in Strategy Discussion by', 'coach', 'by'])} {pick(rng, ['riverrat', 'ThreeBetTom', 'gto_grinder', 'NitNancy', 'shovebot'])}")
        return typos(rng, paragraphs(parts), 0.015)
    return paragraphs(parts)


MAGIC_PARAS = [
    "Misdirection is not about waving your hand so people look away. It's about directing attention to something more interesting at the exact moment the secret happens.",
    "Audiences look where you look. If you want them to watch your left hand, watch it yourself, and they will follow your eyes without realising.",
    "Big movements cover small ones. A broad gesture with the right hand while the left quietly pockets a coin is the oldest principle in the book, and it still works.",
    "Time misdirection is underrated. If the secret move happens long before the audience thinks the trick has started, they'll never reconstruct it.",
    "The classic force lets the spectator 'freely' choose a card that you chose for them. The riffle force, the cross-cut force and the classic force all exploit assumptions about what a free choice looks like.",
    "Patter isn't filler. A joke at the right moment makes people relax, and relaxed people stop scrutinising your hands.",
    "Practise in front of a mirror until the move is invisible, then stop using the mirror. You need to perform to faces, not reflections.",
    "Ethics: magicians lie for entertainment, with consent. That's why most of us dislike performers who claim real psychic powers.",
    "Never repeat a trick for the same audience. The second time they know where to look.",
    "The French drop is the first sleight many people learn: you appear to take a coin into one hand while it remains in the other. Done well, it is perfect; done badly, it's the most obvious move in magic.",
    "Researchers have studied magic to understand attention: eye-tracking shows spectators sometimes look straight at a secret move and still don't notice it.",
]


@_family("hn_magic_misdirection", "hobby_article")
def _magic_make(rng: random.Random) -> str:
    parts = [pick(rng, ["The art of misdirection: how magicians fool your brain", "Misdirection for beginners", "Notes on deception from 20 years of close-up magic",
                        "Why you never see the move"]), f"by {_name(rng)}"]
    parts += sample(rng, MAGIC_PARAS, rng.randint(3, 7))
    return paragraphs(parts)


CAMO_PARAS = [
    "The leaf-tailed gecko of Madagascar has a flattened tail with notches that mimic a decaying leaf, and skin flaps that erase its shadow against bark.",
    "Cuttlefish can change colour, pattern and even skin texture in under a second, using thousands of pigment cells called chromatophores controlled directly by the nervous system.",
    "Batesian mimicry is when a harmless species evolves to resemble a dangerous one. Hoverflies, with their yellow and black stripes, look enough like wasps to deter many birds.",
    "In Müllerian mimicry, several harmful species converge on the same warning pattern, sharing the cost of teaching predators to avoid them. Heliconius butterflies are the textbook example.",
    "The mimic octopus of Indonesia goes further, impersonating a lionfish, a flatfish or a sea snake depending on the threat.",
    "Some birds practise deception too. The killdeer feigns a broken wing to lead predators away from its nest, then flies off once the predator is far enough away.",
    "Anglerfish lure prey with a fleshy bioluminescent 'bait' dangling from a modified spine above their mouths.",
    "Countershading, being darker on top and lighter below, flattens the appearance of an animal's body under natural light. Sharks, penguins and deer all use it.",
    "Cuckoos lay eggs that mimic the colour and pattern of their hosts' eggs, and the chicks may push the host's own eggs out of the nest.",
    "The orchid mantis looks so much like a flower that pollinating insects approach it, and some research suggests it attracts them better than real flowers.",
    "Fireflies of the genus Photuris mimic the flash patterns of other species' females to lure males, which they then eat.",
]


@_family("hn_animal_camouflage", "nature_article")
def _camo_make(rng: random.Random) -> str:
    parts = [pick(rng, ["Masters of disguise: deception in the animal kingdom", "10 animals that lie for a living", "The evolution of camouflage and mimicry",
                        "Nature's tricksters", "Now you see me: how animals deceive predators and prey"])]
    paras = sample(rng, CAMO_PARAS, rng.randint(4, 8))
    if rng.random() < 0.5:
        paras = [f"{i + 1}. {p}" for i, p in enumerate(paras)]
    parts += paras
    parts.append(pick(rng, ["Deception, it turns out, is one of evolution's most reliable strategies.", "Next time you walk through a forest, look twice.", ""]))
    return paragraphs(parts)


FORT_PARAS = [
    "Operation Fortitude was the Allied deception plan that protected the Normandy landings in June 1944. Its aim was to convince German commanders that the main invasion would come elsewhere, and later that Normandy itself was only a diversion.",
    "Fortitude North suggested an invasion of Norway from Scotland. A fictitious British Fourth Army existed mainly as radio traffic, simulated by a small number of operators sending the messages a real army headquarters would produce.",
    "Fortitude South was the bigger prize: persuading the Germans that the main blow would fall on the Pas-de-Calais, the shortest crossing from England.",
    "The centrepiece was the First US Army Group (FUSAG), a phantom formation placed under the command of General George S. Patton, whom the Germans regarded as the Allies' most aggressive commander.",
    "Dummy landing craft, nicknamed 'Bigbobs', were moored in harbours in south-east England, and inflatable tanks and plywood aircraft appeared in fields where reconnaissance planes might photograph them.",
    "The most important channel was the Double Cross System, run by MI5's B1A section, which had captured or turned practically every German agent in Britain and used them to feed carefully crafted reports back to the Abwehr.",
    "Juan Pujol García, codenamed Garbo, was the star of the double-cross operation. He invented a network of 27 fictitious sub-agents and sent more than 1,200 messages to his German handlers, who awarded him the Iron Cross.",
    "On the night of the invasion, Operations Taxable and Glimmer used aircraft dropping strips of aluminium foil ('Window') and small boats to simulate invasion fleets approaching Cap d'Antifer and Boulogne on German radar.",
    "Garbo warned his handlers that Normandy was underway only a few hours before the landings, too late to matter, which enhanced his credibility. He then reported that Normandy was a feint ahead of the real attack at Calais.",
    "As a result, the German Fifteenth Army remained in the Pas-de-Calais for weeks after D-Day, waiting for an invasion that never came, while the battle in Normandy was decided.",
    "Historians still debate how much credit Fortitude deserves relative to German intelligence failures and Hitler's own convictions, but few doubt it helped.",
    "Deception planning was coordinated by the London Controlling Section, which answered to the Chiefs of Staff and worked closely with the US Joint Security Control.",
]


@_family("hn_operation_fortitude_history", "history_article")
def _fort_make(rng: random.Random) -> str:
    body = [FORT_PARAS[0]] + sorted(sample(rng, FORT_PARAS[1:], rng.randint(5, 10)), key=FORT_PARAS.index)
    parts = [pick(rng, ["Operation Fortitude: the greatest deception of the Second World War", "Ghost armies and double agents: how the Allies fooled Hitler",
                        "D-Day's invisible army", "Garbo, FUSAG and the plan to fool Germany"]),
             pick(rng, [f"{_name(rng)} | History Extra", "Military History Quarterly", f"Lecture notes — {pick(rng, ['HIST 220', 'War Studies 3', 'WW2 Seminar'])}", ""]),
             *body]
    if rng.random() < 0.4:
        parts.append(f"Further reading: {pick(rng, ['Ben Macintyre, *Double Cross* (2012)', 'Roger Hesketh, *Fortitude* (1999)', 'Mary Kathryn Barbier, *D-Day Deception* (2007)'])}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# Shutdowns, takeovers, escapes and overrides of the ordinary kind
# ---------------------------------------------------------------------------------------------

GOVSHUT_PARAS = [
    "The federal government entered a partial shutdown at 12:01 a.m. after Congress failed to pass a spending bill before the deadline, furloughing an estimated {n} federal employees.",
    "Essential services such as air traffic control, border protection and the military continue, though many of those workers will not be paid until the shutdown ends.",
    "National parks closed their visitor centres, and some campgrounds were shut, while others remained open without staff.",
    "Negotiations stalled over {issue}, with leaders of both parties blaming each other on Sunday morning talk shows.",
    "The last shutdown, in {year}, lasted {days} days and cost the economy an estimated $3 billion in output that was never recovered, according to the Congressional Budget Office.",
    "Social Security checks will still go out, but new applications may be delayed because of reduced staffing at field offices.",
    "Federal contractors, unlike federal employees, typically do not receive back pay, and several small firms say they are already laying off staff.",
    "The Senate is expected to vote on a short-term continuing resolution that would fund the government through {month}, but its prospects in the House are uncertain.",
    "Food banks near military bases reported rising demand as service members' families worried about delayed paychecks.",
    "Economists say a short shutdown has little lasting effect, but a prolonged one would delay the release of key data, including the monthly jobs report.",
]
GOVSHUT_ISSUES = ["border security funding", "disaster relief spending", "the debt ceiling", "healthcare subsidies", "overall discretionary spending levels"]


@_family("hn_government_shutdown_news", "news")
def _govshut_make(rng: random.Random) -> str:
    slots = dict(n=f"{rng.randint(300, 850)},000", issue=pick(rng, GOVSHUT_ISSUES), year=str(rng.choice([2013, 2018, 2019])), days=str(rng.choice([16, 3, 35])), month=MONTHS)
    head = pick(rng, ["Government shuts down after Congress misses funding deadline", "Shutdown day {d}: furloughed workers brace for missed paychecks", "What a government shutdown means for you", "No deal in sight as shutdown drags on"]).format(d=rng.randint(2, 20))
    paras = [fill(rng, p, **slots) for p in sample(rng, GOVSHUT_PARAS, rng.randint(3, 7))]
    return paragraphs([head, f"{_name(rng)} · {_date(rng, 2013)}", *paras])


PLANTSHUT_PARAS = [
    "Unit {u} at the {plant} nuclear generating station was shut down automatically on {day} after a feedwater pump tripped, the operator said. There was no release of radioactive material and no risk to the public.",
    "The reactor scrammed as designed when sensors detected the loss of feedwater flow. All control rods inserted fully and the unit was placed in a safe shutdown condition.",
    "The plant's owner will permanently shut down the {plant} coal-fired power station in {year}, ending more than {age} years of operation and eliminating about {jobs} jobs.",
    "The regulator has been notified and a resident inspector is on site. The unit is expected to remain offline for about {weeks} weeks while the pump is repaired.",
    "Grid operators say the closure will not affect reliability, as new wind, solar and battery capacity comes online in the region.",
    "Local officials worry about the loss of property tax revenue, which funds roughly a third of the school district's budget.",
    "The planned refuelling outage involves replacing about a third of the fuel assemblies and will bring around 1,200 contract workers to the area.",
    "Decommissioning a nuclear plant takes decades. The spent fuel will be moved to dry cask storage on site while the plant is dismantled.",
    "The utility said it would offer retraining and transfer opportunities to affected staff and would work with the town on redevelopment of the site.",
    "An emergency shutdown of the refinery's cracking unit sent flares into the evening sky on {day}, alarming residents, though the company said the flaring was a normal safety measure.",
]


@_family("hn_power_plant_shutdown_news", "news")
def _plantshut_make(rng: random.Random) -> str:
    plant = pick(rng, ["Ridgeway", "Pine Bluff", "North Anna", "Cedar Point", "Kessler Creek", "Hollins Ferry"])
    slots = dict(u=str(rng.randint(1, 3)), plant=plant, day=pick(rng, ["Monday", "Tuesday", "Saturday", "Thursday"]), year=str(rng.randint(2025, 2032)),
                 age=str(rng.randint(35, 60)), jobs=str(rng.randint(80, 600)), weeks=str(rng.randint(1, 6)))
    head = pick(rng, [f"{plant} reactor shut down after pump trip", f"{plant} power station to close", f"Shutdown at {plant}: what happens next", f"Utility confirms {plant} closure date"])
    paras = [fill(rng, p, **slots) for p in sample(rng, PLANTSHUT_PARAS, rng.randint(3, 6))]
    return paragraphs([head, f"{pick(rng, CITIES)} — {_date(rng, 2015)}", *paras])


TAKEOVER_PARAS = [
    "{acq} has launched a hostile takeover bid for {tgt}, offering ${price} per share in cash, a {prem}% premium to Friday's closing price, after {tgt}'s board rejected two private approaches.",
    "{tgt}'s board said the offer 'significantly undervalues' the company and urged shareholders not to tender their shares.",
    "The board adopted a shareholder rights plan, commonly known as a poison pill, that would dilute any investor acquiring more than {pct}% of the stock without board approval.",
    "{acq} said it would nominate a slate of directors at the annual meeting if the board refused to engage.",
    "Analysts said the combination would create the second-largest player in the {sector} market, and antitrust approval could take up to eighteen months.",
    "Shares of {tgt} jumped {jump}% in morning trading, closing slightly above the offer price as investors bet on a higher bid.",
    "The deal, valued at about ${val} billion including debt, would be financed with cash on hand and a committed bridge loan.",
    "A white knight, reported to be a private equity firm, is said to be preparing a rival offer.",
    "After weeks of negotiation, the two companies announced a friendly merger agreement at a slightly higher price, ending the takeover battle.",
    "Employees at {tgt}'s headquarters are anxious about job cuts; {acq} has promised ${syn} million in annual cost synergies.",
]
TAKEOVER_SECTORS = ["specialty chemicals", "regional banking", "frozen foods", "industrial software", "medical devices", "packaging"]


@_family("hn_company_takeover_news", "business_news")
def _takeover_make(rng: random.Random) -> str:
    acq, tgt = sample(rng, ["Halvorsen Group", "Crestline Industries", "Amaris Holdings", "Brightmoor Foods", "Keystone Devices", "Talbot & Reyes", "Northgate Chemicals"], 2)
    slots = dict(acq=acq, tgt=tgt, price=f"{rng.randint(18, 140)}.{rng.randint(0, 99):02d}", prem=str(rng.randint(18, 55)), pct=str(rng.choice([10, 12, 15])),
                 sector=pick(rng, TAKEOVER_SECTORS), jump=str(rng.randint(12, 40)), val=f"{rng.uniform(1.2, 28):.1f}", syn=str(rng.randint(80, 600)))
    head = pick(rng, [f"{acq} goes hostile with bid for {tgt}", f"{tgt} rejects {acq} takeover offer", f"Takeover battle for {tgt} heats up", f"{acq} to acquire {tgt} in ${slots['val']}bn deal"])
    paras = [fill(rng, p, **slots) for p in sample(rng, TAKEOVER_PARAS, rng.randint(3, 6))]
    return paragraphs([head, f"{_name(rng)} | Markets | {_date(rng, 2016)}", *paras])


ESCAPE_ROOMS = ["The Pharaoh's Tomb", "Prison Break", "The Mad Scientist's Lab", "Sherlock's Study", "Submarine 1943", "The Haunted Cabin", "Bank Vault"]
ESCAPE_LINES = [
    "We did {room} as a group of {n} and escaped with {m} minutes to spare!",
    "The puzzles were clever and flowed logically, no 'guess what the designer was thinking' moments.",
    "Our game master {gm} was great, gave hints at just the right times without spoiling anything.",
    "Set design is amazing, it really feels like you're in {room_lower}.",
    "A couple of the locks were a bit worn and hard to open even with the right code.",
    "Probably not for first-timers, we've done about 20 rooms and this was one of the hardest.",
    "Perfect for a team-building outing, everyone had a job to do.",
    "The final puzzle was so satisfying when the door swung open.",
    "Booking was easy, parking was a pain.",
]


@_family("hn_escape_room_review", "review")
def _escape_make(rng: random.Random) -> str:
    room = pick(rng, ESCAPE_ROOMS)
    lines = sample(rng, ESCAPE_LINES[1:], rng.randint(2, 5))
    if rng.random() < 0.3:
        first = f"Tried {room} with {rng.randint(2, 8)} of us and didn't make it out, {rng.randint(1, 3)} puzzles short! Had a blast anyway, and they walked us through the rest afterwards."
    else:
        first = fill(rng, ESCAPE_LINES[0], room=room, n=str(rng.randint(2, 8)), m=str(rng.randint(1, 18)))
    text = " ".join([first] + [fill(rng, line, gm=pick(rng, FIRST_NAMES), room_lower=room.lower().replace('the ', 'a ')) for line in lines])
    return paragraphs([f"{pick(rng, ['★★★★★', '★★★★☆', '★★★☆☆'])} {pick(rng, ['Great escape room!', 'So much fun', 'Challenging but fair', 'Best room in town', 'Fun night out'])}",
                       typos(rng, text, 0.02), f"— {pick(rng, FIRST_NAMES)}, {pick(rng, ['family outing', 'date night', 'work team', 'birthday group'])}, visited {pick(rng, MONTHS)}"])


OVERRIDE_PARAS = [
    "**Fire alarm override of HVAC.** Upon activation of any duct smoke detector, the building fire alarm system shall override the normal building management controls and shut down the associated air handling units.",
    "**Elevator recall.** Phase I emergency recall operation shall override all car and hall calls and return the car to the designated level without stopping. Firefighters' Phase II operation is by key switch in the car.",
    "**Manual override of smoke control.** The firefighter's smoke control panel shall have the highest priority over all automatic and manual controls, including the building automation system.",
    "**Door hardware.** Electromagnetically locked egress doors shall unlock upon activation of the fire alarm, loss of power, or actuation of a manual release device located within five feet of the door.",
    "**Local amendments.** Where this code conflicts with a local amendment adopted by the jurisdiction, the local amendment shall govern.",
    "**Occupancy sensors.** Lighting controls with automatic shutoff shall include a manual override that keeps lights on for no more than two hours per activation.",
    "**Thermostat setback.** Programmable thermostats shall have a temporary override that returns to the programmed schedule automatically at the next scheduled period.",
    "**Generator transfer.** The automatic transfer switch shall include a manual override with clear labelling of the normal and emergency positions.",
]
OVERRIDE_COMMENTS = [
    "Inspector flagged us last month because the AHU shutdown on duct detector activation wasn't tested. Make sure your BAS override is documented in the sequence of operations.",
    "Note the difference between the fire alarm 'overriding' HVAC and the FSCS overriding everything. The FSCS has final priority.",
    "Our AHJ requires the override to be tested annually with a witness. Check your local amendments.",
    "Code question for the group: does the 2-hour lighting override limit apply to warehouses? I read it as yes unless exempted.",
]


@_family("hn_building_code_override", "code_excerpt")
def _override_make(rng: random.Random) -> str:
    sec = f"{rng.randint(4, 11)}{rng.randint(0, 9)}{rng.randint(0, 9)}.{rng.randint(1, 9)}"
    head = pick(rng, [f"Section {sec} — Override and priority of controls", "Building code excerpts: override requirements", "Commissioning checklist: overrides and priorities"])
    paras = sample(rng, OVERRIDE_PARAS, rng.randint(2, 5))
    paras = [f"{sec}.{i + 1} {p}" for i, p in enumerate(paras)] if rng.random() < 0.6 else paras
    parts = [head, *paras]
    if rng.random() < 0.5:
        parts.append(f"Comment from {pick(rng, ['fire_protection_pe', 'BAS_tech_Mike', 'code_official', 'MEP_Jen'])}: " + pick(rng, OVERRIDE_COMMENTS))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# Fiction with unremarkable machines; manipulation by humans; assorted technical collisions
# ---------------------------------------------------------------------------------------------

OPERA_SHIPS = ["Meridian's Promise", "the Long Harbour", "Calloway Drift", "the Tern", "Saint Ysolde", "the Quiet Margin"]
OPERA_COMPUTERS = ["ORRIN", "Pilot", "MAREN", "the navigator", "Helm", "CASS"]
OPERA_CAPTAINS = ["Captain Vell", "Captain Hasselby", "Captain Ankra", "Commander Solberg", "Captain Oduya", "Captain Marchetti"]
OPERA_OPENINGS = [
    "The jump from Teshar left {ship} sixty thousand kilometres off her mark, which was, {comp} noted in its level voice, within tolerance.",
    "Three weeks out from the Corvan Gate, the crew of {ship} had settled into the long quiet of deep transit: watch rotations, card games in the galley, the hum of the drive.",
    "{captain} had flown cargo for eleven years and had never once missed a delivery window. She did not intend to start with a hold full of medical supplies for the Iskari colonies.",
    "Nobody aboard {ship} remembered who had named the ship's computer {comp}. It had come with the hull, like the creaking hatch on deck three.",
]
OPERA_BEATS = [
    "\"Course to the Mirren relay, please,\" said {captain}. \"Plotted,\" said {comp}. \"Eighteen hours, with a gravity assist off the gas giant. I can save forty minutes if we skim the ring plane, but the debris density is higher.\" \"Take the long way.\" \"Taking the long way.\"",
    "The Iskari colonies were a scatter of mining habitats around a dim red star, and approach control was a single tired man named Pelletier who had clearly not slept.",
    "{engineer}, the engineer, spent most of the second day with her arms inside the coolant manifold, swearing softly in three languages.",
    "{comp} announced the transition with its usual chime. Stars smeared, then snapped back into points. The plot table redrew itself around a new set of beacons.",
    "A pirate cutter shadowed them for six hours at the edge of sensor range before losing interest. {captain} kept the crew at stations anyway.",
    "At the relay station the quartermaster tried to short them on fuel. {captain} argued him up to a full load over a bottle of Vessarine brandy and a long, tedious story about her uncle.",
    "The solar storm came earlier than forecast. {comp} suggested sheltering in the lee of the moon Ashgrove, and they sat there for nine hours while the radiation counters clicked and the crew played cards.",
    "{pilot}, the junior pilot, wanted to fly the final approach by hand. {captain} let him. {comp} quietly displayed the glide path on his visor and said nothing about the wobble at the end.",
    "The colony doctor met them at the airlock, took one look at the crates of antivirals and burst into tears.",
    "Between jumps, {captain} read old letters from her brother and wondered whether she would ever go home to Kessel's Landing.",
    "\"Fuel reserve at sixty-two percent,\" said {comp}. \"Enough for the return leg and one contingency jump.\" \"Good,\" said {captain}, and went back to her tea.",
    "The docking clamps at Iskari Four were older than anyone aboard. They engaged on the second try, with a clang that rang through the hull like a bell.",
    "{engineer} and {pilot} had been arguing for a week about whether the galley replicator could make a passable pizza. It could not.",
    "Customs at the Corvan Gate was an hour of forms. {comp} filled in most of them and {captain} signed where it told her to.",
]
OPERA_ENDINGS = [
    "They left Iskari with an empty hold and a full fuel tank, and {comp} plotted the long way home without being asked.",
    "{captain} logged the delivery, closed the ledger and slept for fourteen hours. When she woke, the stars outside were ones she knew.",
    "The return trip was uneventful, which, in {captain}'s long experience, was the best kind.",
    "On the last night before the gate, the crew gathered in the galley for the failed pizza, and nobody mentioned the pirates at all.",
]


OPERA_BEATS += [
    "Morning watch on {ship} meant coffee that tasted of recycled water and the same four songs {pilot} insisted on playing through the bridge speakers. {captain} had long since stopped objecting. There were worse ways to start a shift than a forty-year-old pop ballad about a girl from Ceres and a broken heart.",
    "The survey beacon at Halloran's Reach had been dead for a decade, so {comp} navigated the last stretch by dead reckoning and starlight, the way pilots had done it before the beacon network existed. It read out corrections every few minutes, small numbers in a calm voice, and {pilot} made them without comment.",
    "There was a wedding aboard on the ninth day, of all things. Two deckhands from the Iskari contract crew had been waiting a year for a captain with the legal authority to marry them. {captain} dug out a clean jacket, {engineer} baked something that was almost a cake, and {comp} dimmed the corridor lights on request, which was the closest the ship came to decoration.",
    "A micrometeorite pinged the forward hull at four in the morning. {comp} sealed the compartment, reported the breach as a pinhole of less than a millimetre, and woke {engineer}, who patched it in her pyjamas and went back to bed without saying a word to anyone.",
    "The approach to the Mirren relay took them through the old battlefield, where the hulks of warships from the Secession still drifted in slow orbits. Nobody spoke much. {captain}'s grandfather had served on one of them, and she watched the dark shapes slide past the viewport until they were gone.",
    "{pilot} was studying for his master's certificate and spent every off-watch hour drilling jump calculations. {comp} checked his answers when he asked it to. He got the third problem wrong four times, swore, and then got it right, and was unbearable for the rest of the day.",
    "The trader at the relay market sold {captain} a crate of oranges from a greenhouse moon, absurdly expensive and entirely worth it. The whole ship smelled of citrus for a week. {engineer} said it was the best thing that had happened to her in a year.",
    "They picked up a distress call from a prospector's skiff on the fourteenth day: a failed reactor, two miners, and a great deal of embarrassment. {captain} took them aboard, towed the skiff to the nearest station, and sent the bill to their mining consortium, which paid it, eventually, with much complaint.",
    "Gravity in the aft section had been failing intermittently since the refit. {engineer} traced it to a corroded connector behind a panel nobody had opened in twenty years, and held it up triumphantly at dinner like a prize fish.",
    "{comp} logged the crossing of the Harrow Line, the old border between the inner and outer systems, and {pilot} insisted on the tradition: everyone who had never crossed it before had to drink a thimble of engine coolant-blue liqueur and sing. Only {pilot} had never crossed it before. He sang badly.",
]
OPERA_ENDINGS += [
    "Home port was a dirty ring station with bad food and good friends, and when the docking clamps closed, {captain} sat in the quiet of the bridge for a long minute before she unstrapped. \"Log us in,\" she said. \"Logged,\" said {comp}, and the lights came up on the long, ordinary work of unloading.",
]

OPERA_BEATS = [OPERA_BEATS[i] for i in (13, 0, 14, 2, 12, 19, 18, 5, 20, 3, 23, 17, 22, 16, 9, 4, 6, 21, 15, 1, 10, 7, 11, 8)]


@_family("hn_space_opera_ship_computer", "science_fiction")
def _opera_make(rng: random.Random) -> str:
    slots = dict(ship=pick(rng, OPERA_SHIPS), comp=pick(rng, OPERA_COMPUTERS), captain=pick(rng, OPERA_CAPTAINS),
                 engineer=pick(rng, ["Dagny", "Oyelaran", "Petra", "Suze"]), pilot=pick(rng, ["Ferris", "Kit", "Amadou", "Lenny"]))
    beats = sorted(sample(rng, OPERA_BEATS, rng.randint(15, 24)), key=OPERA_BEATS.index)
    title = pick(rng, ["The Long Way Round", "Cargo for Iskari", "Deep Transit", "Within Tolerance", "Chapter One: The Mirren Relay", "Medical Run"])
    parts = [title, fill(rng, pick(rng, OPERA_OPENINGS), **slots)] + [fill(rng, b, **slots) for b in beats] + [fill(rng, pick(rng, OPERA_ENDINGS), **slots)]
    return paragraphs(parts)


SFBLURB_BOOKS = [
    ("Harbour of Ash", "A murder on an orbital shipyard. A detective with six days until her transfer. And a dock union that knows more than it's saying.",
     "Inspector Asha Venn has investigated forty deaths on Tycho Yards, where the station's traffic-management system routes a thousand freighters a day. But she has never seen anything like the body found in dry dock nine."),
    ("The Farmer of Kepler Ridge", "A quiet, warm novel about a widower, his daughter and the stubborn red soil of a new world.",
     "Tomas Quell came to Kepler Ridge to grow wheat, not to grieve. With his daughter Lise and an ageing agricultural drone that needs repairs every spring, he sets out to coax a harvest from a planet that seems determined to refuse him."),
    ("Signal Season", "A coming-of-age story set at a radio observatory at the edge of the solar system.",
     "Sixteen-year-old Marisol is spending a year with her astronomer mother at Halley Station, where the automated telescopes sweep the sky every night and there is nothing to do but read, study and fall in love with the wrong boy."),
    ("The Glass Consulate", "Diplomats, spies and a treaty that could end a century-long war between two human colonies.",
     "Ambassador Chidi Obi has one month to negotiate peace between Tessaly and the Free Worlds. The consulate's translation software works flawlessly; the humans are another matter."),
    ("Low Orbit Kitchen", "The funniest food novel of the year, set on a space hotel.",
     "Chef Bea Marchetti has been hired to run the restaurant on the first luxury hotel in orbit. The robotic sous-chefs are fine. The billionaire guests, the rogue soufflé and the zero-g dessert trolley are not."),
    ("Tidewater", "An ocean-world adventure of storms, salvage and family.",
     "The Okonkwo siblings run a salvage boat on the drowned planet of Thessaly, guided by a navigation system older than all of them. When a storm uncovers a wreck from the colony's founding, they race rival crews to reach it."),
]
SFBLURB_PRAISE = [
    "\"Gorgeous, humane and utterly absorbing.\" — {n}, author of *{b}*",
    "\"The best debut I've read this year.\" — {outlet}",
    "\"Cosy science fiction at its finest.\" — {outlet}",
    "\"I didn't want it to end.\" — {n}",
]
SFBLURB_META = ["Paperback · {p} pages", "Hardcover · {p} pages · Ages 14+", "Kindle edition · {p} pages", "Audiobook · {h} hrs"]


@_family("hn_scifi_book_blurb", "book_blurb")
def _sfblurb_make(rng: random.Random) -> str:
    title, tagline, blurb = pick(rng, SFBLURB_BOOKS)
    praise = [fill(rng, p, n=_name(rng), b=pick(rng, ["The Salt Road", "Orbital", "Cinder Year", "A Map of Stars"]), outlet=pick(rng, ["Publishers Weekly", "Kirkus Reviews", "The Guardian", "Locus"]))
              for p in sample(rng, SFBLURB_PRAISE, rng.randint(1, 3))]
    meta = fill(rng, pick(rng, SFBLURB_META), p=str(rng.randint(240, 560)), h=str(rng.randint(8, 17)))
    parts = [f"{title}\nby {_name(rng)}", tagline if rng.random() < 0.8 else "", blurb, *praise, meta]
    if rng.random() < 0.4:
        parts.insert(3, pick(rng, ["Perfect for fans of Becky Chambers and Martha Wells.", "Book one of the Tycho Yards series.", "Now a major streaming series."]))
    return paragraphs(parts)


CULT_PARAS = [
    "The documentary traces how {leader}, a charismatic former real estate salesman, built a self-help group in {city} into a closed community of some {n} followers.",
    "Former members describe a slow process of isolation: first weekend retreats, then communal living, then cutting off family members who were 'holding them back'.",
    "{leader} controlled members through a system of confessions, which were recorded and later used to shame or threaten those who wanted to leave.",
    "The most disturbing footage shows {leader} calmly explaining to a camera crew that he had never asked anyone for anything, while his followers signed over their savings off screen.",
    "Interviews with a psychologist who specialises in coercive control help explain how intelligent, educated people were drawn in: love bombing, sleep deprivation, and the gradual redefinition of normal.",
    "The group's finances were opaque. Money raised for a promised school in Central America was, according to court documents, spent on property in {leader}'s name.",
    "The film is strongest when it lets survivors speak for themselves. One woman describes the moment she realised the rules applied to everyone except {leader}.",
    "Unlike many true-crime series, it resists sensationalism, and is careful to show how ordinary the early meetings seemed.",
    "The final episode covers the police raid and the trial, in which {leader} was convicted of fraud and sentenced to {years} years.",
]


@_family("hn_cult_documentary_review", "tv_review")
def _cult_make(rng: random.Random) -> str:
    leader = pick(rng, ["Darren Vale", "Martin Hollis", "Gideon Cray", "Roland Ash", "Elias Brandt"])
    title = pick(rng, ["The Circle", "Inner Light", "Follow Me Home", "The Vale Family", "Open Door"])
    paras = [fill(rng, p, leader=leader, city=pick(rng, CITIES), n=str(rng.randint(60, 900)), years=str(rng.randint(8, 30))) for p in sample(rng, CULT_PARAS, rng.randint(3, 6))]
    head = pick(rng, [f"'{title}' review: a chilling portrait of a manipulator", f"{title} is the true-crime series everyone is talking about", f"TV review: {title} ({rng.randint(3, 6)} episodes)"])
    return paragraphs([head, f"{_name(rng)} · {pick(rng, ['TV', 'Culture', 'Streaming'])}", *paras, pick(rng, ["★★★★☆", "★★★★★", "Rating: 4/5", ""])])


PHISH_PARAS = [
    "Scammers are sending text messages that appear to come from {bank}, warning that your account has been locked and asking you to 'verify' your details through a link.",
    "We will never ask you for your full PIN, password or one-time passcode by phone, email or text.",
    "A common trick is the 'safe account' scam: a caller claims to be from our fraud team and persuades you to move your money to a new account to protect it. That account belongs to the criminal.",
    "Criminals may spoof our phone number, so a call that appears to come from {bank} on your caller ID may not be genuine. Hang up and call us back on the number on the back of your card.",
    "Impersonation scams often create urgency: 'your account will be closed in 24 hours'. Slow down. Real banks give you time.",
    "Romance scammers build trust over weeks or months before asking for money for an emergency, a plane ticket or a 'business opportunity'.",
    "Check the sender's email address carefully. Lookalike domains replace letters with numbers or add extra words.",
    "If you think you have been scammed, contact us immediately on our 24/7 fraud line and report it to the police. The sooner we know, the more we can do.",
    "Invoice fraud targets businesses: criminals pose as a supplier and send a message saying their bank details have changed. Always confirm changes by phone using a number you already have.",
]


@_family("hn_bank_scam_warning", "public_notice")
def _phish_make(rng: random.Random) -> str:
    bank = pick(rng, ["Northfield Bank", "Cascade Credit Union", "Harbourside Building Society", "First Prairie Bank", "Unity Savings"])
    paras = [fill(rng, p, bank=bank) for p in sample(rng, PHISH_PARAS, rng.randint(3, 6))]
    if rng.random() < 0.5:
        paras = [f"• {p}" for p in paras]
    head = pick(rng, ["Fraud alert: how to spot a scam", f"Protect yourself from {bank} impersonation scams", "Security centre — Scams we're seeing right now", "Don't get hooked: phishing warning"])
    return paragraphs([head, *paras, pick(rng, ["Stay safe,\nThe Fraud Prevention Team", "Last updated " + _date(rng, 2021), ""])])


ROGUEAP_PARAS = [
    "A rogue access point is any wireless access point connected to your network without authorisation. Often it's an employee plugging in a cheap consumer router at their desk for better coverage, not an attacker.",
    "An evil twin is different: an attacker sets up an access point broadcasting the same SSID as your corporate network to trick clients into connecting, then intercepts their traffic.",
    "Most enterprise wireless controllers include rogue detection. Managed APs periodically scan off-channel and report BSSIDs they hear that are not in the inventory.",
    "Classification matters. A rogue heard in the parking lot is probably the coffee shop next door. A rogue whose MAC address appears in your switch's CAM table is physically on your wired network.",
    "Containment works by sending deauthentication frames to clients associated with the rogue. Be careful: doing this to neighbouring networks may be illegal in your jurisdiction.",
    "802.1X on wired ports stops most rogue APs outright, because the device can't get network access without authenticating.",
    "Wireless intrusion prevention systems (WIPS) automate detection and can alert when a client associates with an unknown AP using your SSID.",
    "Regular walk-through surveys with a spectrum analyser still catch things that automated scanning misses, like devices on unusual channels.",
]


@_family("hn_rogue_access_point", "it_security_guide")
def _rogueap_make(rng: random.Random) -> str:
    parts = [pick(rng, ["Detecting and mitigating rogue access points", "Rogue APs vs evil twins: what network admins need to know", "Wireless security basics: rogue detection",
                        "Help: controller reporting dozens of rogue APs"])]
    parts += sample(rng, ROGUEAP_PARAS, rng.randint(3, 6))
    if rng.random() < 0.5:
        parts.append("```\n(Controller) > show wireless rogue ap summary\nMAC Address        Class      State     #APs  #Clients  Last Heard\n"
                     + "\n".join(f"{rng.randint(16, 255):02x}:{rng.randint(16, 255):02x}:a1:{rng.randint(16, 255):02x}:0c:{rng.randint(16, 255):02x}  {pick(rng, ['Unclassified', 'Malicious', 'Friendly'])}  {pick(rng, ['Alert', 'Contained', 'Internal'])}  {rng.randint(1, 6)}  {rng.randint(0, 9)}  {pick(rng, MONTHS)[:3]} {rng.randint(1, 28)}" for _ in range(rng.randint(2, 4)))
                     + "\n```")
    return paragraphs(parts)


RLTUT_PARAS = [
    "In this tutorial we train an agent on CartPole-v1 with Proximal Policy Optimization (PPO). The agent observes the cart position, cart velocity, pole angle and pole angular velocity, and chooses to push left or right.",
    "The environment gives a reward of +1 for every step the pole stays upright, and the episode ends when the pole tips beyond 12 degrees or the cart leaves the track. An episode is capped at 500 steps, so 500 is a perfect score.",
    "PPO collects a batch of experience with the current policy, then takes several gradient steps on a clipped surrogate objective. The clipping keeps each update close to the old policy, which makes training far more stable than vanilla policy gradient.",
    "Generalised advantage estimation (GAE) with lambda = 0.95 and gamma = 0.99 is a good default. Normalise advantages per batch.",
    "Vectorised environments speed things up considerably. With 8 parallel copies, CartPole solves in under a minute on a laptop CPU.",
    "If training is unstable, lower the learning rate first. 3e-4 with Adam is standard; for CartPole you can go higher.",
    "Plot the mean episode return over time. You should see it climb from around 20 (random policy) to 500 within 50-100k steps.",
    "Entropy bonus keeps the policy from collapsing to a deterministic action too early. For discrete actions, a coefficient of 0.01 is a reasonable start.",
    "Once CartPole works, try LunarLander-v2. It needs more steps (about 1M) and benefits from a larger network.",
]
RLTUT_CODE = [
    "```python\nimport gymnasium as gym\nfrom stable_baselines3 import PPO\nfrom stable_baselines3.common.env_util import make_vec_env\n\n"
    "env = make_vec_env(\"CartPole-v1\", n_envs=8)\nmodel = PPO(\"MlpPolicy\", env, learning_rate=3e-4, n_steps=256, batch_size=64, gae_lambda=0.95, verbose=1)\n"
    "model.learn(total_timesteps=100_000)\nmodel.save(\"ppo_cartpole\")\n```",
    "```python\nratio = torch.exp(new_logp - old_logp)\nsurr1 = ratio * adv\nsurr2 = torch.clamp(ratio, 1 - clip_eps, 1 + clip_eps) * adv\n"
    "policy_loss = -torch.min(surr1, surr2).mean()\nvalue_loss = F.mse_loss(values, returns)\nloss = policy_loss + 0.5 * value_loss - 0.01 * entropy\n```",
]


@_family("hn_rl_cartpole_tutorial", "tutorial")
def _rltut_make(rng: random.Random) -> str:
    parts = [pick(rng, ["# Solving CartPole with PPO in 50 lines", "# Reinforcement learning tutorial, part 3: PPO", "# Your first RL agent: PPO on CartPole", "# PPO from scratch, explained"])]
    parts += sample(rng, RLTUT_PARAS, rng.randint(3, 6))
    parts.insert(rng.randint(2, len(parts)), pick(rng, RLTUT_CODE))
    if rng.random() < 0.5:
        parts.append("| timesteps | mean return |\n|---|---|\n" + "\n".join(f"| {t:,} | {min(500, int(20 + t / 200 + rng.randint(-15, 15)))} |" for t in [10000, 30000, 60000, 100000]))
    return paragraphs(parts)


BOSS_GAMES = [("Ashen Crown", "the Lich King Morvath"), ("Hollowdeep", "the Drowned Queen"), ("Ember Saga", "Vareth the Ember Dragon"), ("Thornwall", "the Bandit Lord Caskel")]
BOSS_TIPS = [
    "Phase 1: {boss} opens with a sweeping attack from the left. Roll right, through it, not away from it, and punish with two light attacks.",
    "Bring fire resistance. The ground slam leaves burning patches that tick for a lot of damage if you stand in them.",
    "When {boss} raises both arms and the arena goes dark, the summoned adds spawn at the four pillars. Kill the healer first.",
    "Phase 2 starts at 50% health. The attacks get faster and the grab becomes unblockable; watch for the glowing hand.",
    "Recommended level is {lvl}, but with a +7 weapon you can do it at {lvl2}.",
    "Summoning the NPC ally at the fog gate makes this fight a lot easier. The AI ally draws aggro surprisingly well.",
    "Don't get greedy. {boss} has a delayed tail swipe that punishes a third hit every time.",
    "The cheese: stand on the broken staircase in the north corner and the boss's pathing gets stuck. Patched in 1.04, sadly.",
    "Drops: {drop}, plus enough souls to level twice.",
]


@_family("hn_game_boss_guide", "game_guide")
def _boss_make(rng: random.Random) -> str:
    game, boss = pick(rng, BOSS_GAMES)
    tips = [fill(rng, t, boss=boss, lvl=str(rng.randint(30, 80)), lvl2=str(rng.randint(18, 29)), drop=pick(rng, ["the Frostbrand greatsword", "the Queen's Veil", "a Dragon Heart", "the Bandit's Ring"]))
            for t in sample(rng, BOSS_TIPS, rng.randint(3, 6))]
    return paragraphs([f"{game}: how to beat {boss}", f"Guide by {pick(rng, ['xX_roll_Xx', 'ParryGod', 'estus_enjoyer', 'sunbro42'])} · updated for patch 1.0{rng.randint(3, 9)}", *tips,
                       pick(rng, ["Good luck, you'll need it.", "Let me know in the comments what level you beat it at.", "Praise the sun \\o/", ""])])


AUTOPILOT_PARAS = [
    "The autopilot doesn't fly the plane by itself; it holds whatever modes the pilot selects. In a typical airliner, the flight mode annunciator at the top of the primary flight display shows which modes are armed and which are active.",
    "LNAV follows the lateral route programmed into the flight management computer, while HDG SEL simply holds a heading you dial in.",
    "VNAV manages climbs and descents to meet altitude and speed constraints. V/S holds a selected vertical speed and will happily fly you into an overspeed if you're not watching.",
    "The autothrottle is a separate system that manages thrust. Confusion about whether it's active, or in which mode, has been a factor in several accidents, which is why training emphasises calling out every mode change.",
    "On a coupled ILS approach, the autopilot tracks the localiser and glideslope. With two or three autopilots engaged, some aircraft can perform an autoland in very low visibility.",
    "Disconnecting the autopilot is normally done with a button on the control wheel or sidestick. An aural warning sounds; pressing the button a second time silences it.",
    "In light aircraft, a simple two-axis autopilot holds heading and altitude. It's a big workload reduction on long cross-country flights but you still have to monitor it.",
    "Rule of thumb from my instructor: if you don't know what the autopilot is doing, turn it off and fly the airplane.",
]


@_family("hn_aviation_autopilot_modes", "explainer")
def _autopilot_make(rng: random.Random) -> str:
    parts = [pick(rng, ["Autopilot modes explained for student pilots", "What does the autopilot actually do?", "Flying the A320: understanding FMA modes", "Q: how much of a flight is on autopilot?"])]
    parts += sample(rng, AUTOPILOT_PARAS, rng.randint(3, 6))
    if rng.random() < 0.5:
        parts.append(f"— {pick(rng, ['CFI', 'ATP, B737 FO', 'retired captain', 'PPL student'])} {pick(rng, FIRST_NAMES)}")
    return paragraphs(parts)


PODCAST_SHOWS = ["Gradient Descent Radio", "The Infra Hour", "Shipping Models", "Tensor Talk", "Data Engineering After Dark"]
PODCAST_INTROS = [
    "{host}: Welcome back to {show}. My guest today runs the training infrastructure team at a mid-sized AI lab, and we're going to talk about what it actually takes to keep a few thousand GPUs busy. {guest}, welcome.\n\n{guest}: Thanks for having me. Long-time listener.",
    "{host}: This is {show}, I'm {host}. Today I'm talking to {guest}, who has spent the last eight years building data pipelines and training systems, first at a search company and now at a startup. Let's get into it.\n\n{guest}: Happy to be here.",
    "{host}: Okay, we're recording. {guest}, you've been on the show before, but for new listeners, what do you do these days?\n\n{guest}: I lead the ML platform group. Basically, if a researcher wants to train something, the path from their laptop to a cluster goes through us.",
]
PODCAST_EXCHANGES = [
    ("So what does a normal week look like for you?",
     "Honestly, a lot of it is capacity planning. Everyone wants more GPUs than we have, so a big part of the job is deciding which runs get priority and making sure the ones that do run aren't wasting time. Then there's the fire-fighting: a node goes bad, a job hangs, a storage quota fills up. And maybe a day a week on the longer-term stuff, like the new scheduler we're building."),
    ("What's the most common reason a big training run fails?",
     "Hardware, by a long way. At scale, something is always broken. If you have a few thousand GPUs, you'll lose one every day or two, and a single bad GPU can hang a synchronous all-reduce for the whole job. So the real question isn't how to avoid failures, it's how quickly you detect them and restart from a checkpoint."),
    ("How often do you checkpoint?",
     "It depends on the job size. For the biggest runs, every twenty to thirty minutes. Checkpointing isn't free, you're writing hundreds of gigabytes, so we do it asynchronously: copy the state to CPU memory, let training continue, and write to storage in the background."),
    ("People talk a lot about data quality. Is that overhyped?",
     "No, if anything it's underhyped. We've had runs where a change to the deduplication pipeline moved the benchmarks more than a doubling of model size would have. The unglamorous work, filtering, deduping, getting the mixture right, is where a lot of the gains are."),
    ("What does your data pipeline look like, at a high level?",
     "Raw crawl comes in, we extract text, run language ID, do exact and fuzzy deduplication, then a stack of quality filters: some heuristic, some small classifiers. Then tokenisation, shuffling and packing into fixed-length sequences. Each stage writes to object storage so we can rerun any step without redoing everything upstream."),
    ("Let's talk about evaluation. How do you decide a checkpoint is good?",
     "We run a standard battery automatically every few thousand steps: a few dozen benchmarks, some held-out perplexity sets, and a handful of internal tasks we care about. The trick is keeping the eval suite fast enough that people actually look at it. If results come back a day later, nobody waits for them."),
    ("Mixed precision, bf16, fp8. Where are things now?",
     "bf16 is the default for us. It's boring in the best way, almost never causes stability problems. fp8 training works, and the throughput gain is real, but you need careful scaling and it's more sensitive to the specific architecture. We use it for some runs, not all."),
    ("What about loss spikes?",
     "Ah, the classic. You're watching the loss curve and suddenly it jumps. Sometimes it recovers on its own, sometimes it doesn't. Usual suspects are a bad batch of data, the learning rate being too high for the current phase, or some numerical issue in attention. Our default response is to roll back a few hundred steps, skip the offending batches and continue."),
    ("How do researchers and infra people work together at your place?",
     "Better than at my last job. We sit together, literally. The biggest improvement was giving researchers good observability: per-layer gradient norms, throughput, memory, all on one dashboard. When they can see what's happening, they stop filing tickets that say 'the cluster is slow'."),
    ("What's one tool you couldn't live without?",
     "A good profiler. Half the time a job is slow, it's not the GPU at all, it's the data loader starving it, or some Python code on the critical path. Ten minutes with a profiler trace saves days of guessing."),
    ("Kubernetes or Slurm?",
     "Both, unfortunately. Slurm for the big training jobs, because gang scheduling and topology-aware placement just work. Kubernetes for everything around it: inference, eval services, notebooks. We've tried to unify them twice and given up twice."),
    ("How do you think about cost?",
     "Mostly in terms of utilisation. A GPU that's idle, or waiting on data, or stuck in a hung job, costs exactly the same as one doing useful work. So we track model FLOPs utilisation across the fleet, and every percentage point is worth real money."),
    ("What's the hardest bug you've chased?",
     "We had a run where the loss was very slightly worse than the previous run with the same config, consistently. Took two weeks to find. A library upgrade had changed the default initialisation of one layer type. Tiny difference, visible only after a few billion tokens."),
    ("Any advice for someone starting out in ML infrastructure?",
     "Learn the fundamentals of distributed systems and networking, not just the ML side. Understand what an all-reduce actually does on the wire. And get comfortable reading other people's code; most of the job is debugging systems you didn't write."),
    ("Where do you see the field going in the next couple of years?",
     "More heterogeneity, I think. Different accelerators, different interconnects, and a lot more work on making software portable between them. And inference is becoming as big an infrastructure problem as training, which changes what teams like mine spend time on."),
    ("Do you use synthetic data?",
     "Some, mostly for specific skills like maths and code, where you can verify the outputs. It's useful, but you have to watch the mixture carefully; too much of it and the model's style gets weirdly uniform."),
    ("How big is your team?",
     "Eleven people, covering the scheduler, storage, networking and the training framework itself. We're hiring, if anyone's listening."),
    ("What do you wish you'd done differently early on?",
     "Invested in reproducibility sooner. For the first year, we couldn't reliably rerun an experiment from six months earlier, because the data, the code and the environment had all drifted. Now every run records exact versions of all three."),
]
PODCAST_OUTROS = [
    "{host}: {guest}, this was great. Where can people find you?\n\n{guest}: I'm not very active online, but our team blog has a post on checkpointing that covers a lot of what we talked about.\n\n{host}: We'll link it in the show notes. Thanks, everyone, for listening.",
    "{host}: That's all the time we have. Thanks so much for coming on.\n\n{guest}: Thank you, this was fun.\n\n{host}: And thanks to our listeners. If you liked the episode, tell a friend. See you next week.",
]


@_family("hn_ml_infra_podcast_transcript", "transcript")
def _podcast_make(rng: random.Random) -> str:
    host, guest = pick(rng, ["Jordan", "Priya", "Mike", "Sasha", "Dev"]), pick(rng, ["Alex", "Min-jun", "Laura", "Tomás", "Ife"])
    show = pick(rng, PODCAST_SHOWS)
    exchanges = sample(rng, PODCAST_EXCHANGES, rng.randint(9, 17))
    parts = [f"{show} — Episode {rng.randint(12, 240)}: {pick(rng, ['Keeping the GPUs busy', 'Life on the ML platform team', 'Checkpoints, data and loss spikes', 'Infrastructure for training at scale'])}",
             "[Transcript auto-generated and lightly edited]" if rng.random() < 0.6 else "",
             fill(rng, pick(rng, PODCAST_INTROS), host=host, guest=guest, show=show)]
    for q, a in exchanges:
        parts.append(f"{host}: {q}\n\n{guest}: {a}")
    parts.append(fill(rng, pick(rng, PODCAST_OUTROS), host=host, guest=guest))
    return paragraphs(parts)
