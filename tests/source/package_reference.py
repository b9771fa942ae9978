"""Shared pieces of the backprop_ref tests: random networks and the same J computed by torch autograd.

A plain module, not a conftest.py: with --doctest-modules pytest imports every conftest.py under the
name "conftest", so two test folders with one each collide.
"""

import numpy as np
import torch


def random_problem(sizes, m, seed, scale=1.0):
    """A random network of the given layer sizes, with weights ~ N(0, scale^2), and m random examples.

    Targets are in (0, 1) (not only 0/1) so every term of both losses contributes to the gradient.
    """
    rng = np.random.default_rng(seed)
    Theta = {l: scale * rng.standard_normal((sizes[l], sizes[l - 1] + 1)) for l in range(1, len(sizes))}
    X = rng.standard_normal((m, sizes[0]))
    Y = rng.uniform(0.0, 1.0, size=(m, sizes[-1]))
    return Theta, X, Y


def distribution_targets(Y, one_hot):
    """Rows of Y turned into softmax targets: one-hot at each row's largest entry, or normalized to sum 1."""
    if one_hot:
        return np.eye(Y.shape[1])[np.argmax(Y, axis=1)]
    return Y / Y.sum(axis=1, keepdims=True)


def torch_cost_and_gradients(Theta, X, Y, lam=0.0, loss="cross_entropy"):
    """J and {l: dJ/dTheta[l]} by torch autograd in float64, written from the formulas, not from the package.

    Cross-entropy: -1/m sum [y log g(z) + (1 - y) log(1 - g(z))] with both logs by logsigmoid;
    squared error: 1/(2m) sum (g(z) - y)^2; softmax cross-entropy: torch.nn.CrossEntropyLoss on z(L)
    with Y's rows as class probabilities; plus lam/(2m) times the sum of the non-bias Theta^2.
    """
    T = {l: torch.tensor(np.asarray(v, dtype=np.float64), requires_grad=True) for l, v in Theta.items()}
    X_t = torch.tensor(np.asarray(X, dtype=np.float64))
    Y_t = torch.tensor(np.asarray(Y, dtype=np.float64))
    m = X_t.shape[0]
    a = X_t
    for l in sorted(T):
        ones = torch.ones((m, 1), dtype=torch.float64)
        z = torch.cat([ones, a], dim=1) @ T[l].T  # the article's a = [1, x] times Theta
        a = torch.sigmoid(z)
    if loss == "softmax_cross_entropy":
        # PyTorch's own loss on the logits z(L); with class probabilities as targets and the default
        # reduction="mean" it averages over the m rows, as J does.
        J = torch.nn.CrossEntropyLoss()(z, Y_t)
    elif loss == "cross_entropy":
        logsig = torch.nn.functional.logsigmoid
        J = -(Y_t * logsig(z) + (1 - Y_t) * logsig(-z)).sum() / m
    else:
        J = ((a - Y_t) ** 2).sum() / (2 * m)
    J = J + lam / (2 * m) * sum((T[l][:, 1:] ** 2).sum() for l in T)
    grads = torch.autograd.grad(J, [T[l] for l in sorted(T)])
    return J.item(), {l: g.numpy() for l, g in zip(sorted(T), grads)}


def relative_error(D, G):
    """||D - G|| / ||G|| over all layers together (the usual gradient-check measure)."""
    diff = np.sqrt(sum(np.sum((D[l] - G[l]) ** 2) for l in G))
    return diff / np.sqrt(sum(np.sum(G[l] ** 2) for l in G))

