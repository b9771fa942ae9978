"""Property tests (hypothesis): invariants that must hold for any network shape and any values."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from backprop_ref import (
    forward, gradients, gradients_vectorized, init_weights, join_theta, numerical_gradients, predict, sigmoid,
    split_theta, train,
)

# Modest example counts: the whole package suite should take seconds.
FEW = settings(max_examples=25, deadline=None)

layer_sizes = st.lists(st.integers(1, 6), min_size=2, max_size=5)
losses = st.sampled_from(["cross_entropy", "squared_error"])
lams = st.sampled_from([0.0, 0.3, 2.0])


@st.composite
def problems(draw, max_m=6):
    """A random network (weights ~ N(0, scale^2)) with a random batch of m examples and targets in [0, 1]."""
    sizes = draw(layer_sizes)
    m = draw(st.integers(1, max_m))
    seed = draw(st.integers(0, 2**32 - 1))
    scale = draw(st.sampled_from([0.1, 1.0, 3.0]))
    rng = np.random.default_rng(seed)
    Theta = {l: scale * rng.standard_normal((sizes[l], sizes[l - 1] + 1)) for l in range(1, len(sizes))}
    X = rng.standard_normal((m, sizes[0]))
    Y = rng.uniform(0.0, 1.0, size=(m, sizes[-1]))
    return Theta, X, Y


def close(D, E, rtol):
    return all(np.allclose(D[l], E[l], rtol=rtol, atol=rtol * max(1.0, np.abs(E[l]).max())) for l in E)


@FEW
@given(problems(), losses, lams)
def test_loop_and_vectorized_gradients_agree(problem, loss, lam):
    Theta, X, Y = problem
    assert close(gradients_vectorized(Theta, X, Y, lam, loss), gradients(Theta, X, Y, lam, loss), rtol=1e-12)


@settings(max_examples=15, deadline=None)
@given(problems(max_m=3), losses, lams)
def test_gradient_check_on_small_networks(problem, loss, lam):
    Theta, X, Y = problem
    numeric = numerical_gradients(Theta, X, Y, lam, loss, epsilon=1e-5)
    assert close(gradients_vectorized(Theta, X, Y, lam, loss), numeric, rtol=1e-7)


@FEW
@given(st.integers(1, 6), st.integers(1, 6), st.integers(0, 2**32 - 1))
def test_split_and_join_are_inverse(rows, columns, seed):
    Theta_l = np.random.default_rng(seed).standard_normal((rows, columns + 1))
    b, W = split_theta(Theta_l)
    assert b.shape == (rows,) and W.shape == (rows, columns)
    assert np.shares_memory(b, Theta_l) and np.shares_memory(W, Theta_l)  # views, as documented
    np.testing.assert_array_equal(join_theta(b, W), Theta_l)
    b2, W2 = split_theta(join_theta(b, W))
    np.testing.assert_array_equal(b2, b)
    np.testing.assert_array_equal(W2, W)


@FEW
@given(problems(max_m=1))
def test_forward_shapes_bias_units_and_activations(problem):
    Theta, X, _ = problem
    L = len(Theta) + 1
    a, z = forward(Theta, X[0])
    assert sorted(a) == list(range(1, L + 1)) and sorted(z) == list(range(2, L + 1))
    np.testing.assert_array_equal(a[1], np.concatenate(([1.0], X[0])))
    for l in range(2, L + 1):
        s_l = Theta[l - 1].shape[0]
        np.testing.assert_allclose(z[l], Theta[l - 1] @ a[l - 1], rtol=1e-12)
        if l < L:
            assert a[l].shape == (s_l + 1,) and a[l][0] == 1.0
            np.testing.assert_array_equal(a[l][1:], sigmoid(z[l]))
        else:
            assert a[l].shape == (s_l,)
            np.testing.assert_array_equal(a[l], sigmoid(z[l]))


@FEW
@given(problems())
def test_predict_gives_one_label_per_row_from_the_forward_pass(problem):
    Theta, X, _ = problem
    labels = predict(Theta, X)
    s_L = Theta[len(Theta)].shape[0]
    assert labels.shape == (X.shape[0],) and np.issubdtype(labels.dtype, np.integer)
    for x, label in zip(X, labels):
        h = forward(Theta, x)[0][len(Theta) + 1]
        assert label == (int(h[0] >= 0.5) if s_L == 1 else int(np.argmax(h)))


@FEW
@given(st.lists(st.integers(1, 8), min_size=2, max_size=5), st.floats(0.01, 2.0), st.integers(0, 2**32 - 1))
def test_init_weights_shapes_range_and_seed(sizes, epsilon, seed):
    Theta = init_weights(sizes, epsilon=epsilon, seed=seed)
    assert {l: T.shape for l, T in Theta.items()} == {l: (sizes[l], sizes[l - 1] + 1) for l in range(1, len(sizes))}
    assert all(np.all(np.abs(T) <= epsilon) for T in Theta.values())
    again, other = init_weights(sizes, epsilon=epsilon, seed=seed), init_weights(sizes, epsilon=epsilon, seed=seed + 1)
    assert all(np.array_equal(Theta[l], again[l]) for l in Theta)
    assert not all(np.array_equal(Theta[l], other[l]) for l in Theta)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 4), st.integers(2, 5), st.integers(8, 30), st.integers(0, 2**32 - 1), losses)
def test_train_lowers_the_cost_on_a_separable_problem(n_inputs, hidden, m, seed, loss):
    # Label = the side of a random hyperplane through the origin: linearly separable by construction.
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((m, n_inputs))
    Y = (X @ rng.standard_normal(n_inputs) > 0).astype(float)[:, None]
    Theta0 = init_weights([n_inputs, hidden, 1], epsilon=0.5, seed=seed)
    _, history = train(Theta0, X, Y, alpha=1.0, epochs=30, loss=loss)
    assert history[-1] < history[0]
