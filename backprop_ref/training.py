"""Gradient descent: Theta <- Theta - alpha * D, over epochs and mini-batches, until J stops falling."""

import numpy as np

from . import checks
from .cost import _cost
from .gradients import _gradients_vectorized


def train(Theta, X, Y, alpha=1.0, epochs=100, batch_size=None, lam=0.0, loss="cross_entropy", tol=None, seed=None):
    r"""Train by gradient descent; return the trained Theta and the cost after every epoch.

    .. math:: \Theta^{(l)} := \Theta^{(l)} - \alpha\, D^{(l)}

    Each epoch visits the rows of X once, shuffled (by ``seed``) into mini-batches of
    ``batch_size`` rows (``None``: one batch of all m rows, plain gradient descent), and takes one
    step per batch. A batch step uses the batch's data term and the penalty of J over all m rows:

    .. math:: D^{(l)}_{\mathcal{B}} = \frac{1}{b} \sum_{t \in \mathcal{B}} \delta^{(l+1)}_t \bigl(a^{(l)}_t\bigr)^\top
              + \frac{\lambda}{m} \Theta^{(l)}\ (j \ne 0)

    so that, averaged over the batches of an epoch, the steps follow ∂J/∂Θ of the J that
    ``history`` records (with λ/b the penalty would weigh m/b times too much). ``history[0]`` is J before training and ``history[k]`` J on all of X after
    epoch k. Stopping criterion: after ``epochs`` epochs, or earlier once an epoch lowers J by less
    than ``tol``. ``X`` is ``(m, s_1)``, ``Y`` is ``(m, s_L)``; the trained Theta has the keys and
    shapes of the one passed in, which is not modified. ``loss`` is any loss of :func:`cost`
    (``"softmax_cross_entropy"`` for a softmax output over more than two classes). A step so
    large that J stops being a finite number raises ValueError naming ``alpha``.

    >>> X = np.array([[0.0], [1.0]]); Y = np.array([[0.0], [1.0]])
    >>> Theta, history = train({1: np.zeros((1, 2))}, X, Y, alpha=5.0, epochs=50)
    >>> len(history), history[-1] < history[0]
    (51, True)
    >>> from backprop_ref import predict
    >>> print(predict(Theta, X))
    [0 1]
    """
    # Checked once here: every step and every epoch's J reuse the same checked Theta, X, Y.
    Theta, X, Y, lam, loss = checks.problem(Theta, X, Y, lam, loss)
    alpha = checks.non_negative(alpha, "alpha")
    m = X.shape[0]
    batch_size = m if batch_size is None else checks.whole(batch_size, "batch_size", minimum=1)
    if batch_size > m:
        raise ValueError(f"batch_size must be between 1 and m = {m}; got {batch_size}")
    epochs = checks.whole(epochs, "epochs", minimum=0)
    if tol is not None:
        tol = checks.non_negative(tol, "tol")
    rng = np.random.default_rng(checks.seed(seed))
    Theta = {l: T.copy() for l, T in Theta.items()}
    # Overflow is expected when alpha is too large; it is reported by the checks of J, not as warnings.
    with np.errstate(over="ignore", invalid="ignore"):
        history = [checks.finite_result(_cost(Theta, X, Y, lam, loss), "J", Theta=Theta, X=X, lam=lam)]
        for _ in range(epochs):
            order = rng.permutation(m) if batch_size < m else np.arange(m)
            for start in range(0, m, batch_size):
                rows = order[start:start + batch_size]
                D = _gradients_vectorized(Theta, X[rows], Y[rows], lam, loss, m=m)
                for l in Theta:
                    Theta[l] -= alpha * D[l]
            history.append(_cost(Theta, X, Y, lam, loss))
            checks.diverged(history, Theta, alpha)
            if tol is not None and history[-2] - history[-1] < tol:
                break
    return Theta, history
