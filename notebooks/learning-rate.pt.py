# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Como escolher a taxa de aprendizado
#
# A descida do gradiente dá passos de tamanho $\alpha$ contra o gradiente:
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# A retropropagação fornece a direção, $D^{(l)}$; a taxa de aprendizado $\alpha$ decide o quanto
# avançar. Pequena demais, o treinamento se arrasta; grande demais, cada passo ultrapassa o mínimo
# que busca, e o custo oscila ou cresce. Este notebook treina a mesma rede com os mesmos dígitos
# manuscritos três vezes, mudando apenas $\alpha$, e desenha as três curvas de aprendizado.
#
# Para executá-lo na sua máquina: a partir de um clone do repositório, `pip install -e ".[notebook]"`
# instala o `backprop_ref` com o que mais este notebook usa (matplotlib, scikit-learn) e o
# JupyterLab; depois abra o arquivo baixado com `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import init_weights, predict, train

# %% [markdown]
# ## Dados e rede
#
# Como no notebook *Treinando uma rede com dígitos manuscritos*: os dígitos 8×8 do scikit-learn
# reescalados para $[0, 1]$, rótulos *one-hot*, um quarto das imagens separado para teste e uma
# rede com 64 entradas, 25 unidades ocultas e 10 saídas. As três execuções partem dos mesmos pesos.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
Theta = init_weights([64, 25, 10], epsilon=0.12, seed=0)

# %% [markdown]
# ## Três taxas de aprendizado
#
# Cada execução faz 30 épocas de descida do gradiente em minilotes (de 16 exemplos, embaralhados
# sempre da mesma forma) e guarda o custo $J(\Theta)$ no conjunto de treinamento após cada época.

# %%
alphas = [0.01, 0.25, 30.0]
histories = {}
for alpha in alphas:
    Theta_trained, histories[alpha] = train(
        Theta, X_train, Y_train, alpha=alpha,
        epochs=30, batch_size=16, seed=0)
    predicted = predict(Theta_trained, X_test)
    accuracy = np.mean(predicted == labels_test)
    if min(histories[alpha][1:]) > 10:
        # Uma execução que diverge é caótica: a partir da segunda época, seus dígitos dependem dos últimos
        # bits de cada produto, que mudam de uma CPU para outra. Só se imprime o que todas têm em comum.
        print(f"alpha = {alpha:>5}: J acima de 10 após cada época,")
        print(f"{'':15}acurácia no teste {accuracy:.0%},")
        print(f"{'':15}dígitos distintos previstos: {len(np.unique(predicted))}")
    else:
        J = histories[alpha][-1]
        print(f"alpha = {alpha:>5}: J após 30 épocas {J:7.3f},",
              f"acurácia no teste {accuracy:.1%}")

# %% alt="Curvas de aprendizado do custo de treinamento J(Θ), em escala logarítmica, ao longo de 30 épocas: com α = 0,01 (pontilhada) o custo cai depois da primeira época e então fica estável perto de 3; com α = 0,25 (contínua) cai sem parar até cerca de 0,24; com α = 30 (tracejada) sai do gráfico depois da primeira época e fica acima de 10, na faixa sombreada."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
# Os valores acima do gráfico, onde uma execução divergente muda conforme a CPU, ficam na faixa do topo.
ax.axhspan(10, 20, color="0.85", zorder=0)
ax.text(29, 15.5, "acima de 10", ha="right", va="center")
for alpha, style in zip(alphas, [":", "-", "--"]):
    ax.plot(np.minimum(histories[alpha], 12), style, linewidth=2,
            label=rf"$\alpha = {alpha:g}$")
ax.set_yscale("log")
ax.set_ylim(0.1, 20)
ax.set_xlabel("época")
ax.set_ylabel(r"custo $J(\Theta)$, treinamento")
ax.set_title("Curvas de aprendizado")
ax.legend()
ax.grid(True, alpha=0.3, which="both")
plt.show()

# %% [markdown]
# ## O que as curvas mostram
#
# - $\alpha = 0.01$ é pequena demais: cada passo é seguro, mas depois de um começo rápido o custo
#   se estabiliza em um platô perto de 3 e, após 30 épocas, a rede ainda erra um terço dos dígitos de
#   teste.
# - $\alpha = 0.25$ é mais ou menos a certa: o custo cai sem parar, época após época.
# - $\alpha = 30$ é grande demais: o primeiro passo já ultrapassa o mínimo, o custo salta para
#   acima de 10 e fica lá, e a rede responde o mesmo dígito para todas as imagens: não acerta mais
#   do que um palpite aleatório. Daí em diante a execução é caótica: seus custos exatos dependem
#   dos últimos bits de arredondamento de cada produto, que mudam de um processador para outro;
#   por isso o notebook imprime só o que coincide em todas as máquinas.
#
# Não existe fórmula para o valor certo. Experimente valores separados por um fator de cerca de 3
# (0,03; 0,1; 0,3; 1; …), acompanhe o custo nas primeiras épocas e fique com a maior taxa cujo
# custo ainda caia de forma estável. Olhe de novo a curva de aprendizado sempre que a rede, os
# dados ou o tamanho do minilote mudarem. Altere `alphas` acima e execute as
# células de novo para ver mais.
