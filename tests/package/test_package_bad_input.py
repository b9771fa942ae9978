"""Bad input raises ValueError whose message says what was expected and what was given."""

import re

import numpy as np
import pytest

from backprop_ref import (
    backward, cost, forward, gradients, gradients_vectorized, init_weights, join_theta, numerical_gradients,
    predict, regularization, regularized, split_theta, train,
)

THETA = {1: np.zeros((3, 3)), 2: np.zeros((1, 4))}  # a 2-3-1 network
X = np.zeros((4, 2))
Y = np.zeros((4, 1))
BATCH_FUNCTIONS = [cost, gradients, gradients_vectorized, numerical_gradients, train]


def raises(*fragments):
    """pytest.raises(ValueError) whose message contains every fragment literally."""
    return pytest.raises(ValueError, match="".join(f"(?=.*{re.escape(f)})" for f in fragments))


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize(
    "X_bad, Y_bad, fragments",
    [
        (np.zeros((4, 3)), Y, ["X must have shape (m, 2)", "Theta[1] of shape (3, 3)", "got (4, 3)"]),
        (X, np.zeros((4, 2)), ["Y must have shape (4, 1)", "got (4, 2)"]),
        (X, np.zeros((3, 1)), ["Y must have shape (4, 1)", "one row per row of X", "got (3, 1)"]),
        (np.zeros(2), Y, ["X must be a matrix (2-D)", "shape (2,)"]),
        (np.zeros((4, 2, 1)), Y, ["X must be a matrix (2-D)", "shape (4, 2, 1)"]),
        (X, np.zeros(4), ["Y must be a matrix (2-D)", "shape (4,)"]),
        (np.zeros((0, 2)), np.zeros((0, 1)), ["at least one example", "(0, 2)"]),
        ([["a", "b"]], [[0.0]], ["X must be an array of numbers"]),
    ],
    ids=["X-width", "Y-width", "row-mismatch", "X-1D", "X-3D", "Y-1D", "no-rows", "X-strings"],
)
def test_batch_of_the_wrong_shape(function, X_bad, Y_bad, fragments):
    with raises(*fragments):
        function(THETA, X_bad, Y_bad)


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize("where", ["X", "Y", "Theta"])
@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_anywhere(function, where, value):
    Theta, X_bad, Y_bad = {l: T.copy() for l, T in THETA.items()}, X.copy(), Y.copy()
    target = {"X": X_bad, "Y": Y_bad, "Theta": Theta[2]}[where]
    target[0, 1 if where != "Y" else 0] = value
    name = "Theta[2]" if where == "Theta" else where
    with raises(f"{name} contains NaN or inf"):
        function(Theta, X_bad, Y_bad)


def test_large_finite_values_are_accepted_even_if_their_sum_overflows():
    # The finite check sums first; an overflowing sum of finite entries must not be rejected.
    X_big = np.full((4, 2), 1e308)
    assert np.isfinite(cost({1: np.zeros((1, 3))}, X_big, Y))


@pytest.mark.parametrize("function", BATCH_FUNCTIONS + [predict])
@pytest.mark.parametrize(
    "Theta, fragments",
    [
        ({1: np.zeros((3, 3)), 2: np.zeros((1, 3))}, ["Theta[2] must have shape (s_3, 4)", "Theta[1] of shape (3, 3)", "got (1, 3)"]),
        ({0: np.zeros((3, 3)), 1: np.zeros((1, 4))}, ["layer numbers [1, 2]", "got [0, 1]"]),
        ({1: np.zeros((3, 3)), 3: np.zeros((1, 4))}, ["layer numbers [1, 2]", "got [1, 3]"]),
        ({}, ["non-empty dict"]),
        ([np.zeros((3, 3))], ["non-empty dict", "got list"]),
        ({1: np.zeros(3)}, ["Theta[1] must be a matrix (2-D)", "shape (3,)"]),
        ({1: np.zeros((3, 1))}, ["Theta[1] needs a bias column", "(3, 1)"]),
    ],
    ids=["chain", "keys-from-0", "keys-gap", "empty", "list", "Theta-1D", "no-weights"],
)
def test_theta_that_is_not_a_network(function, Theta, fragments):
    args = (Theta, X) if function is predict else (Theta, X, Y)
    with raises(*fragments):
        function(*args)


@pytest.mark.parametrize("function", [cost, gradients, gradients_vectorized, numerical_gradients, train])
def test_unknown_loss(function):
    with raises("loss must be one of 'cross_entropy', 'squared_error', 'softmax_cross_entropy'", "got 'mse'"):
        function(THETA, X, Y, loss="mse")


@pytest.mark.parametrize("function", [cost, gradients, gradients_vectorized, numerical_gradients, train])
@pytest.mark.parametrize("lam", [-1.0, np.nan, "0.1", None])
def test_bad_lambda(function, lam):
    with raises("lam must be a finite number >= 0", "got"):
        function(THETA, X, Y, lam=lam)


def test_predict_checks_x():
    with raises("X must have shape (m, 2)", "got (4, 5)"):
        predict(THETA, np.zeros((4, 5)))


def test_forward_checks_x():
    with raises("x must have shape (2,)", "Theta[1] of shape (3, 3)", "got (3,)"):
        forward(THETA, [1.0, 2.0, 3.0])
    with raises("x must be a vector (1-D)", "shape (1, 2)"):
        forward(THETA, [[1.0, 2.0]])
    with raises("x contains NaN or inf"):
        forward(THETA, [np.nan, 0.0])


def test_backward_checks_y_a_and_z():
    a, z = forward(THETA, [1.0, 2.0])
    with raises("y must have shape (1,)", "got (2,)"):
        backward(THETA, a, z, [0.0, 1.0])
    with raises("y contains NaN or inf"):
        backward(THETA, a, z, [np.inf])
    with raises("a[2] must have shape (4,)", "got (3,)"):
        backward(THETA, {**a, 2: a[2][1:]}, z, [1.0])
    with raises("z[3] must have shape (1,)", "got no z[3]"):
        backward(THETA, a, {2: z[2]}, [1.0])
    with raises("loss must be", "got 'l2'"):
        backward(THETA, a, z, [1.0], loss="l2")


def test_join_theta_checks_b_and_w():
    with raises("b must have shape (2,)", "W of shape (2, 3)", "got (3,)"):
        join_theta(np.zeros(3), np.zeros((2, 3)))
    with raises("b must be a vector (1-D)", "shape (2, 1)"):
        join_theta(np.zeros((2, 1)), np.zeros((2, 3)))
    with raises("W must be a matrix (2-D)", "shape (2,)"):
        join_theta(np.zeros(2), np.zeros(2))
    with raises("W contains NaN or inf"):
        join_theta(np.zeros(2), np.full((2, 3), np.nan))


def test_split_theta_checks_its_matrix():
    with raises("Theta_l needs a bias column", "(2, 1)"):
        split_theta(np.zeros((2, 1)))
    with raises("Theta_l must be a matrix (2-D)", "shape (3,)"):
        split_theta(np.zeros(3))


def test_init_weights_checks_sizes():
    with raises("at least two layer sizes", "got [3]"):
        init_weights([3])
    with raises("each >= 1", "got [3, 0]"):
        init_weights([3, 0])
    with raises("epsilon must be a finite number >= 0", "got -0.1"):
        init_weights([2, 2], epsilon=-0.1)


def test_train_checks_its_settings():
    with raises("batch_size must be between 1 and m = 4", "got 5"):
        train(THETA, X, Y, batch_size=5)
    with raises("batch_size must be a whole number >= 1", "got 0"):
        train(THETA, X, Y, batch_size=0)
    with raises("alpha must be a finite number >= 0", "got -1.0"):
        train(THETA, X, Y, alpha=-1.0)
    with raises("tol must be a finite number >= 0", "got nan"):
        train(THETA, X, Y, tol=np.nan)


@pytest.mark.parametrize("setting, value", [
    ("batch_size", 2.5), ("batch_size", 2.0), ("batch_size", True), ("batch_size", "2"),
    ("epochs", 2.5), ("epochs", True), ("epochs", -1), ("epochs", None),
])
def test_train_needs_whole_numbers_of_rows_and_epochs(setting, value):
    # int(2.5) would silently train with batches of 2; True would be a batch of 1.
    minimum = 1 if setting == "batch_size" else 0
    with raises(f"{setting} must be a whole number >= {minimum}", f"got {value!r}"):
        train(THETA, X, Y, **{setting: value})


@pytest.mark.parametrize("function", BATCH_FUNCTIONS)
@pytest.mark.parametrize("target", [3.0, -0.5])
def test_cross_entropy_targets_outside_0_1(function, target):
    Y_bad = Y.copy()
    Y_bad[2, 0] = target
    with raises("Y must hold targets in [0, 1] for the cross-entropy loss", f"{target:g}"):
        function(THETA, X, Y_bad)
    function(THETA, X, Y_bad, loss="squared_error")  # squared error takes any real target


def test_backward_checks_cross_entropy_targets():
    a, z = forward(THETA, [0.0, 0.0])
    with raises("y must hold targets in [0, 1]", "got values from 2 to 2"):
        backward(THETA, a, z, [2.0])


def test_numerical_gradients_needs_a_positive_epsilon():
    with raises("epsilon must be > 0", "got 0"):
        numerical_gradients(THETA, X, Y, epsilon=0.0)


def test_regularization_and_regularized_check_their_arguments():
    with raises("m must be a whole number >= 1", "got 0"):
        regularization(THETA, lam=1.0, m=0)
    with raises("lam must be a finite number >= 0", "got -1.0"):
        regularization(THETA, lam=-1.0, m=4)
    with raises("Theta[2] must have shape (s_3, 4)"):
        regularization({1: np.zeros((3, 3)), 2: np.zeros((1, 2))}, lam=1.0, m=4)
    with raises("Delta[2] must have shape (1, 4) like Theta[2]", "got (4, 1)"):
        regularized({1: np.zeros((3, 3)), 2: np.zeros((4, 1))}, THETA, lam=1.0, m=4)
    with raises("Delta must have the keys [1, 2] of Theta", "got [1]"):
        regularized({1: np.zeros((3, 3))}, THETA, lam=1.0, m=4)
    with raises("m must be a whole number >= 1", "got 2.5"):
        regularized({l: np.zeros_like(T) for l, T in THETA.items()}, THETA, lam=1.0, m=2.5)


def test_deep_networks_pass_the_key_check():
    # Ten weight matrices and more: keys 1..10 sort differently as text and as numbers.
    Theta = init_weights([2] * 11 + [1], seed=0)
    X, Y = np.zeros((1, 2)), np.ones((1, 1))
    D = gradients(Theta, X, Y)
    assert sorted(D) == list(range(1, 12))
    assert np.allclose(D[1], gradients_vectorized(Theta, X, Y)[1], rtol=1e-10, atol=1e-15)
