"""D from both gradient functions equals torch autograd's gradient and the central differences."""

import numpy as np
import pytest

from backprop_ref import cost, gradients, gradients_vectorized, numerical_gradients
from package_reference import random_problem, relative_error, torch_cost_and_gradients

NETWORKS = [[2, 1], [3, 4, 2], [5, 7, 6, 3], [4, 3, 5, 4, 2], [6, 9, 1]]
LOSSES = ["cross_entropy", "squared_error"]


@pytest.mark.parametrize("sizes", NETWORKS, ids=lambda s: "-".join(map(str, s)))
@pytest.mark.parametrize("loss", LOSSES)
@pytest.mark.parametrize("lam", [0.0, 0.7])
def test_cost_and_gradients_match_torch_autograd(sizes, loss, lam):
    Theta, X, Y = random_problem(sizes, m=7, seed=len(sizes) + int(10 * lam))
    J_torch, G = torch_cost_and_gradients(Theta, X, Y, lam=lam, loss=loss)
    assert cost(Theta, X, Y, lam=lam, loss=loss) == pytest.approx(J_torch, rel=1e-13)
    assert relative_error(gradients(Theta, X, Y, lam=lam, loss=loss), G) < 1e-12
    assert relative_error(gradients_vectorized(Theta, X, Y, lam=lam, loss=loss), G) < 1e-12


@pytest.mark.parametrize("sizes", NETWORKS, ids=lambda s: "-".join(map(str, s)))
@pytest.mark.parametrize("loss", LOSSES)
@pytest.mark.parametrize("lam", [0.0, 0.7])
def test_gradients_match_central_differences(sizes, loss, lam):
    # epsilon = 1e-5 balances the O(eps^2) truncation against rounding in J (~1e-16 / eps).
    Theta, X, Y = random_problem(sizes, m=5, seed=100 + len(sizes))
    N = numerical_gradients(Theta, X, Y, lam=lam, loss=loss, epsilon=1e-5)
    assert relative_error(gradients(Theta, X, Y, lam=lam, loss=loss), N) < 1e-9
    assert relative_error(gradients_vectorized(Theta, X, Y, lam=lam, loss=loss), N) < 1e-9


def test_gradients_keep_the_shape_and_keys_of_theta():
    Theta, X, Y = random_problem([3, 5, 2], m=4, seed=0)
    for D in (gradients(Theta, X, Y), gradients_vectorized(Theta, X, Y), numerical_gradients(Theta, X, Y)):
        assert {l: T.shape for l, T in D.items()} == {1: (5, 4), 2: (2, 6)}


def test_bias_column_is_not_regularized():
    # lam changes D only by lam/m * Theta, and never in column j = 0.
    Theta, X, Y = random_problem([3, 4, 2], m=6, seed=3)
    plain, decayed = gradients_vectorized(Theta, X, Y), gradients_vectorized(Theta, X, Y, lam=2.0)
    for l in Theta:
        np.testing.assert_array_equal(decayed[l][:, 0], plain[l][:, 0])
        np.testing.assert_allclose(decayed[l][:, 1:] - plain[l][:, 1:], 2.0 / 6 * Theta[l][:, 1:], rtol=1e-12, atol=1e-15)


def test_inputs_are_not_modified():
    Theta, X, Y = random_problem([3, 4, 2], m=6, seed=4)
    before = ({l: T.copy() for l, T in Theta.items()}, X.copy(), Y.copy())
    for function in (gradients, gradients_vectorized, numerical_gradients, cost):
        function(Theta, X, Y, lam=0.5, loss="squared_error")
    for l in Theta:
        np.testing.assert_array_equal(Theta[l], before[0][l])
    np.testing.assert_array_equal(X, before[1])
    np.testing.assert_array_equal(Y, before[2])


@pytest.mark.parametrize("loss", ["cross_entropy", "squared_error", "softmax_cross_entropy"])
def test_a_network_of_12_weight_matrices(loss):
    # 10 and more layers of weights: Theta[10], Theta[11], Theta[12] come after Theta[1] as strings,
    # which once made gradients() refuse every such network. Loop, batched and central differences agree.
    sizes = [3] + [4] * 11 + [2]
    Theta, X, Y = random_problem(sizes, m=5, seed=12)
    if loss == "softmax_cross_entropy":
        Y = Y / Y.sum(axis=1, keepdims=True)
    assert sorted(Theta) == list(range(1, 13))
    D_loop = gradients(Theta, X, Y, lam=0.3, loss=loss)
    D_batch = gradients_vectorized(Theta, X, Y, lam=0.3, loss=loss)
    N = numerical_gradients(Theta, X, Y, lam=0.3, loss=loss, epsilon=1e-5)
    assert sorted(D_loop) == sorted(D_batch) == sorted(N) == list(range(1, 13))
    for l in Theta:  # layer by layer: the first layers' gradients are orders of magnitude smaller
        scale = np.abs(D_batch[l]).max()
        np.testing.assert_allclose(D_loop[l], D_batch[l], rtol=1e-10, atol=1e-13 * scale)
    assert relative_error(D_loop, N) < 1e-8
    assert relative_error(D_batch, N) < 1e-8
