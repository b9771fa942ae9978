from backprop_ref import init_weights

sizes = [2, 3, 1]  # s_1, s_2, s_3
L = len(sizes)
Theta = init_weights(sizes, seed=0)

# "Delta is a set of L matrices, i from 1 to L": one accumulator per layer.
for i in range(1, L + 1):
    if i in Theta:
        print(f"Delta({i}) like Theta({i}): shape {Theta[i].shape}")
    else:
        print(f"Delta({i}): no Theta({i}), no layer {i + 1} after the output")
assert len(Theta) == L - 1, "L layers are joined by L - 1 weight matrices"
