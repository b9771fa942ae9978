"""Saturated units: no overflow warning (pytest turns warnings into errors), no inf, the analytic value."""

import math

import numpy as np
import pytest

from backprop_ref import cost, gradients, gradients_vectorized, log_sigmoid, sigmoid, sigmoid_gradient


def softplus(z):
    """log(1 + e^z) without overflow, from the math module (independent of numpy and the package)."""
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


def test_sigmoid_of_huge_inputs_is_exactly_zero_or_one():
    assert sigmoid(-1000.0) == 0.0
    assert sigmoid(1000.0) == 1.0
    np.testing.assert_array_equal(sigmoid(np.array([-1000.0, 1000.0])), [0.0, 1.0])
    np.testing.assert_array_equal(sigmoid_gradient(np.array([-1000.0, 1000.0])), [0.0, 0.0])


def test_sigmoid_does_not_modify_its_argument():
    z = np.array([-3.0, 0.0, 3.0])
    sigmoid(z)
    np.testing.assert_array_equal(z, [-3.0, 0.0, 3.0])


def test_the_batched_forward_pass_writes_g_into_the_buffer_of_minus_z():
    # layers() relies on it: no (m, s_l) array beyond the one the product made.
    from backprop_ref.activation import sigmoid_of_negated

    minus_z = np.array([[-2.0, 0.0], [3.0, 40.0]])
    expected = [[1 / (1 + math.exp(v)) for v in row] for row in minus_z.tolist()]
    result = sigmoid_of_negated(minus_z)
    assert result is minus_z
    np.testing.assert_allclose(result, expected, rtol=1e-15)


def test_float64_input_is_checked_without_a_copy():
    # A batch is read once by the check and then used as it is: no second copy of a large X.
    from backprop_ref.checks import finite_array

    X = np.zeros((3, 2))
    assert finite_array(X, "X", ndim=2) is X
    assert finite_array(X.astype(np.float32), "X", ndim=2).dtype == np.float64


def test_log_sigmoid_is_finite_where_the_log_of_sigmoid_is_not():
    z = np.array([-1000.0, -800.0, -40.0, 0.0, 40.0, 800.0])
    expected = [-softplus(-v) for v in z]
    np.testing.assert_allclose(log_sigmoid(z), expected, rtol=1e-15)


@pytest.mark.parametrize("z", [800.0, -800.0, 40.0, -40.0])
@pytest.mark.parametrize("y", [0.0, 1.0, 0.3])
def test_cross_entropy_of_a_saturated_output_is_finite_and_exact(z, y):
    # One output unit with z = w * x: J = -[y log g(z) + (1 - y) log(1 - g(z))] = softplus(z) - y z.
    Theta = {1: np.array([[0.0, z]])}
    assert cost(Theta, [[1.0]], [[y]]) == pytest.approx(softplus(z) - y * z, rel=1e-14)


def test_saturated_output_layer_of_a_deeper_network():
    # Hidden unit a(2) = g(0) = 0.5, so the output z(3) = 1600 * 0.5 = 800 or -800.
    Theta = {1: np.array([[0.0, 0.0]]), 2: np.array([[0.0, 1600.0], [0.0, -1600.0]])}
    X, Y = [[1.0]], [[0.0, 1.0]]
    assert cost(Theta, X, Y) == pytest.approx(2 * softplus(800.0), rel=1e-14)
    assert cost(Theta, X, Y, loss="squared_error") == pytest.approx(1.0, rel=1e-14)  # (1 - 0)^2/2 + (0 - 1)^2/2
    for D in (gradients(Theta, X, Y), gradients_vectorized(Theta, X, Y)):
        # Cross-entropy's d(L) = a - y = [1, -1]: the gradient of a saturated unit does not vanish.
        np.testing.assert_allclose(D[2], [[1.0, 0.5], [-1.0, -0.5]], rtol=1e-15)
        assert all(np.all(np.isfinite(D[l])) for l in D)
