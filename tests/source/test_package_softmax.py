"""loss="softmax_cross_entropy": J and D against PyTorch and central differences, stability, bad targets."""

import math
import re

import numpy as np
import pytest
import torch

from backprop_ref import (
    backward, cost, forward, gradients, gradients_vectorized, log_softmax, numerical_gradients, predict, sigmoid,
    softmax, train,
)
from package_reference import distribution_targets, random_problem, relative_error, torch_cost_and_gradients

LOSS = "softmax_cross_entropy"
NETWORKS = [[2, 2], [3, 4, 3], [5, 7, 6, 4], [4, 3, 5, 4, 2], [6, 9, 10]]
BATCH_FUNCTIONS = [cost, gradients, gradients_vectorized, numerical_gradients, train]


def softmax_problem(sizes, m, seed, one_hot, scale=1.0):
    Theta, X, Y = random_problem(sizes, m, seed, scale)
    return Theta, X, distribution_targets(Y, one_hot)


@pytest.mark.parametrize("sizes", NETWORKS, ids=lambda s: "-".join(map(str, s)))
@pytest.mark.parametrize("lam", [0.0, 0.7])
@pytest.mark.parametrize("one_hot", [True, False], ids=["one-hot", "distribution"])
def test_cost_and_gradients_match_torch_cross_entropy_loss(sizes, lam, one_hot):
    Theta, X, Y = softmax_problem(sizes, m=7, seed=len(sizes) + int(10 * lam), one_hot=one_hot)
    J_torch, G = torch_cost_and_gradients(Theta, X, Y, lam=lam, loss=LOSS)
    assert cost(Theta, X, Y, lam=lam, loss=LOSS) == pytest.approx(J_torch, rel=1e-12)
    assert relative_error(gradients(Theta, X, Y, lam=lam, loss=LOSS), G) < 1e-12
    assert relative_error(gradients_vectorized(Theta, X, Y, lam=lam, loss=LOSS), G) < 1e-12


def test_one_hot_cost_matches_torch_with_class_indices():
    # The other form of CrossEntropyLoss's target (class numbers), so the reference does not only
    # rest on its probability-target branch.
    Theta, X, Y = softmax_problem([4, 6, 5], m=9, seed=11, one_hot=True)
    z = torch.tensor(X) @ torch.tensor(Theta[1][:, 1:]).T + torch.tensor(Theta[1][:, 0])
    z = torch.sigmoid(z) @ torch.tensor(Theta[2][:, 1:]).T + torch.tensor(Theta[2][:, 0])
    J_torch = torch.nn.CrossEntropyLoss()(z, torch.tensor(np.argmax(Y, axis=1))).item()
    assert cost(Theta, X, Y, loss=LOSS) == pytest.approx(J_torch, rel=1e-12)


@pytest.mark.parametrize("sizes", NETWORKS, ids=lambda s: "-".join(map(str, s)))
@pytest.mark.parametrize("lam", [0.0, 0.7])
def test_gradients_match_central_differences(sizes, lam):
    Theta, X, Y = softmax_problem(sizes, m=5, seed=100 + len(sizes), one_hot=False)
    N = numerical_gradients(Theta, X, Y, lam=lam, loss=LOSS, epsilon=1e-5)
    assert relative_error(gradients(Theta, X, Y, lam=lam, loss=LOSS), N) < 1e-9
    assert relative_error(gradients_vectorized(Theta, X, Y, lam=lam, loss=LOSS), N) < 1e-9


def test_output_error_is_a_minus_y_for_one_example():
    Theta, X, Y = softmax_problem([3, 4, 3], m=1, seed=5, one_hot=True)
    a, z = forward(Theta, X[0], loss=LOSS)
    assert a[3].sum() == pytest.approx(1.0, abs=1e-15) and np.all(a[3] > 0)
    np.testing.assert_array_equal(backward(Theta, a, z, Y[0], loss=LOSS)[3], a[3] - Y[0])
    # The error comes from z, so a(L) from the sigmoid forward pass gives the same d.
    a_sigmoid, _ = forward(Theta, X[0])
    np.testing.assert_array_equal(backward(Theta, a_sigmoid, z, Y[0], loss=LOSS)[3], a[3] - Y[0])


def test_two_class_softmax_is_the_sigmoid_of_the_difference():
    z = np.array([[0.3, -1.2], [4.0, 4.0], [-30.0, 5.0]])
    np.testing.assert_allclose(softmax(z)[:, 0], sigmoid(z[:, 0] - z[:, 1]), rtol=1e-14)


def test_softmax_ignores_a_common_shift_exactly():
    # 1000 + k is exact in float64, and so is the shift by the max: the same numbers come out.
    z = np.array([0.0, 1.0, 2.0])
    np.testing.assert_array_equal(softmax(z + 1000.0), softmax(z))
    np.testing.assert_array_equal(softmax(z - 1000.0), softmax(z))
    np.testing.assert_array_equal(log_softmax(z + 1000.0), log_softmax(z))


def test_softmax_shifts_each_row_by_its_own_largest_entry():
    # Rows 1000 apart: a shift by the largest entry of the whole batch would leave e^-1000 = 0 in
    # both entries of row 0, and 0 / 0.
    z = np.array([[0.0, 0.0], [1000.0, 1000.0]])
    np.testing.assert_array_equal(softmax(z), np.full((2, 2), 0.5))
    np.testing.assert_array_equal(log_softmax(z), np.full((2, 2), -np.log(2.0)))


def test_softmax_does_not_modify_its_argument():
    z = np.array([[1.0, 2.0], [3.0, -4.0]])
    softmax(z), log_softmax(z)
    np.testing.assert_array_equal(z, [[1.0, 2.0], [3.0, -4.0]])


def minus_log_softmax(z, k):
    """-log softmax(z)_k = log sum_j e^(z_j - z_k), in plain Python floats (independent of numpy and
    the package), written as M + log sum_j e^(z_j - z_k - M) with M = max_j (z_j - z_k) >= 0: no
    overflow, and a sum of two non-negative terms, so no cancellation either."""
    d = [z_j - z[k] for z_j in z]
    M = max(d)
    return M + math.log(sum(math.exp(d_j - M) for d_j in d))


@pytest.mark.parametrize(
    "zL, y",
    [
        ([1000.0, 0.0, -1000.0], [0.0, 1.0, 0.0]),
        ([1000.0, 1000.0], [1.0, 0.0]),
        ([-1000.0, -1000.0, -999.0], [0.0, 0.0, 1.0]),
        ([-1000.0, 1000.0, 0.0], [1.0, 0.0, 0.0]),
        ([800.0, -800.0, 3.0], [0.2, 0.5, 0.3]),
    ],
)
def test_huge_outputs_give_finite_exact_cost_and_gradient(zL, y):
    # One layer whose z(L) is the given vector (bias column = z, input 0): J = logsumexp(z) - y.z,
    # computed without the cancellation of that difference (J = 0.55 for z near -1000).
    zL, y = np.array(zL), np.array(y)
    Theta = {1: np.column_stack([zL, np.ones_like(zL)])}
    X, Y = [[0.0]], [y]
    J = cost(Theta, X, Y, loss=LOSS)
    z = list(zL)
    assert J == pytest.approx(sum(y[k] * minus_log_softmax(z, k) for k in range(len(z))), rel=1e-14)
    expected = np.array([math.exp(-minus_log_softmax(z, k)) for k in range(len(z))]) - y
    for D in (gradients(Theta, X, Y, loss=LOSS), gradients_vectorized(Theta, X, Y, loss=LOSS)):
        np.testing.assert_allclose(D[1][:, 0], expected, rtol=1e-14, atol=1e-300)
        assert np.all(np.isfinite(D[1]))
    N = numerical_gradients(Theta, X, Y, loss=LOSS)
    assert all(np.all(np.isfinite(N[l])) for l in N)


def test_saturated_hidden_and_output_layers_stay_finite():
    Theta, X, Y = softmax_problem([3, 5, 4], m=6, seed=8, one_hot=True, scale=300.0)
    J = cost(Theta, X, Y, loss=LOSS)
    J_torch, G = torch_cost_and_gradients(Theta, X, Y, loss=LOSS)
    assert np.isfinite(J) and J > 100  # saturated and mostly wrong: a large but finite cost
    assert J == pytest.approx(J_torch, rel=1e-12)
    assert relative_error(gradients_vectorized(Theta, X, Y, loss=LOSS), G) < 1e-12


def test_predict_is_the_argmax_of_z_even_when_saturated():
    # z(L) = [1000, 1001]: both sigmoids round to 1.0 and would tie; softmax (and z) still rank them,
    # and so does the sigmoid path, which reads z too.
    Theta = {1: np.array([[1000.0, 0.0], [1001.0, 0.0]])}
    assert np.all(sigmoid(np.array([1000.0, 1001.0])) == 1.0)
    assert predict(Theta, [[0.0]], loss=LOSS).tolist() == [1]
    assert predict(Theta, [[0.0]]).tolist() == [1]
    Theta, X, _ = softmax_problem([4, 6, 5], m=20, seed=9, one_hot=True)
    a = np.array([forward(Theta, x, loss=LOSS)[0][3] for x in X])
    np.testing.assert_array_equal(predict(Theta, X, loss=LOSS), np.argmax(a, axis=1))


def test_training_learns_three_classes():
    rng = np.random.default_rng(0)
    centres = np.array([[0.0, 3.0], [3.0, -2.0], [-3.0, -2.0]])
    labels = np.repeat(np.arange(3), 30)
    X = centres[labels] + 0.7 * rng.standard_normal((90, 2))
    Y = np.eye(3)[labels]
    Theta = {1: 0.1 * rng.standard_normal((4, 3)), 2: 0.1 * rng.standard_normal((3, 5))}
    trained, history = train(Theta, X, Y, alpha=1.0, epochs=200, loss=LOSS)
    assert history[-1] < 0.1 * history[0]
    assert history[0] == pytest.approx(math.log(3), rel=0.05)  # near-uniform softmax at small weights
    assert np.mean(predict(trained, X, loss=LOSS) == labels) == 1.0


def raises(*fragments):
    return pytest.raises(ValueError, match="".join(f"(?=.*{re.escape(f)})" for f in fragments))


THETA = {1: np.zeros((3, 3)), 2: np.zeros((3, 4))}  # a 2-3-3 network
X = np.zeros((2, 2))


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize(
    "Y_bad, fragments",
    [
        (np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]]), ["Y must have rows that sum to 1", "row 1 of Y sums to 2.0"]),
        (np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]), ["Y must have rows that sum to 1", "row 1 of Y sums to 0.0"]),
        (np.array([[1.5, -0.5, 0.0], [0.0, 1.0, 0.0]]), ["Y must hold probabilities", "Y[(0, 1)] = -0.5"]),
    ],
    ids=["two-ones", "all-zero", "negative"],
)
def test_targets_that_are_not_distributions(function, Y_bad, fragments):
    with raises(*fragments):
        function(THETA, X, Y_bad, loss=LOSS)


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
def test_one_output_unit(function):
    with raises("needs at least 2 output units", "Theta[2] has shape (1, 4)"):
        function({1: np.zeros((3, 3)), 2: np.zeros((1, 4))}, X, np.ones((2, 1)), loss=LOSS)


def test_predict_and_backward_check_too():
    with raises("needs at least 2 output units"):
        predict({1: np.zeros((1, 3))}, X, loss=LOSS)
    a, z = forward(THETA, X[0], loss=LOSS)
    with raises("y must have rows that sum to 1", "y sums to 0.5"):
        backward(THETA, a, z, [0.5, 0.0, 0.0], loss=LOSS)


def test_the_same_targets_are_fine_for_sigmoid_outputs():
    # Independent sigmoid outputs (the default loss) take any targets in [0, 1]: no distribution check.
    assert np.isfinite(cost(THETA, X, np.array([[1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])))


def test_unknown_loss_lists_the_three():
    with raises("'cross_entropy', 'squared_error', 'softmax_cross_entropy'", "got 'softmax'"):
        cost(THETA, X, np.eye(3)[:2], loss="softmax")
